// Jira's flags and modals for the app frames, drawn by the page over everything (never inside a
// frame), as Jira draws them for @forge/bridge's `showFlag` and `Modal`:
// - showFlag (https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/showFlag):
//   a flag in the page's flag group (bottom left, newest on top); `type` picks the icon; an
//   `appearance` makes it bold, and a bold flag has no dismiss button; `isAutoDismiss` closes it
//   after 8 seconds; `actions` are buttons that call back into the frame; a flag shown again with
//   the same id replaces the first; `closeFlag` closes it.
// - Modal (https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/modal/):
//   `openModal` draws a dialog over the page holding a frame of `resource` (the opener's resource
//   when none is given) for the same module, whose context carries `extension.modal` = `context`;
//   `view.close(payload)` from inside it (bridge call `close`) closes it and calls the opener's
//   `onClose(payload)`. Escape and a click on the blanket close it unless turned off. Sizes as the
//   docs list them: small 400px × 20vh (min 320px), medium 600 × 40vh (520), large 800 × 70vh (720),
//   xlarge 968 × 90vh, max 100% × 100%.
// Functions in a bridge payload cannot cross postMessage: bridge.js sends `{forgeLocalCallback: n}`
// in their place, and the page calls them back with `{forgeLocal: 'callback', callback: n, args}`.
(function () {
  'use strict';
  var AUTO_DISMISS_MS = 8000;
  var ICONS = { info: 'ℹ', success: '✓', warning: '⚠', error: '✕' };
  var SIZES = {
    small: { width: '400px', height: 'max(20vh, 320px)' },
    medium: { width: '600px', height: 'max(40vh, 520px)' },
    large: { width: '800px', height: 'max(70vh, 720px)' },
    xlarge: { width: '968px', height: '90vh' },
    max: { width: '100%', height: '100%' },
    fullscreen: { width: '100%', height: '100%' },
    resizable: { width: '800px', height: '70vh' },
  };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c !== null && c !== undefined) node.append(c);
    });
    return node;
  }

  function createOverlays(host) {
    var flagGroup = el('section', { class: 'flag-group', 'aria-label': 'Flag notifications' }, []);
    var flagList = el('ol', { class: 'flags' }, []);
    flagGroup.append(flagList);
    document.body.append(flagGroup);
    var flags = {};
    var modals = [];

    function callBack(source, token, args) {
      if (!token || typeof token.forgeLocalCallback !== 'number') return;
      source.postMessage(
        { forgeLocal: 'callback', callback: token.forgeLocalCallback, args: args || [] },
        host.resourceOrigin(),
      );
    }

    function closeFlag(id) {
      var flag = flags[id];
      if (!flag) return false;
      clearTimeout(flag.timer);
      flag.node.remove();
      delete flags[id];
      return true;
    }

    function showFlag(source, options) {
      var id = String(options.id);
      closeFlag(id);
      var type = options.appearance || options.type || 'info';
      var bold = Boolean(options.appearance);
      var actions = (options.actions || []).map(function (action) {
        var button = el('button', { type: 'button', class: 'flag-action' }, [String(action.text)]);
        button.addEventListener('click', function () {
          callBack(source, action.onClick, []);
        });
        return button;
      });
      var dismiss = null;
      if (!bold) {
        dismiss = el('button', { type: 'button', class: 'flag-dismiss', 'aria-label': 'Dismiss' }, ['×']);
        dismiss.addEventListener('click', function () {
          closeFlag(id);
        });
      }
      var node = el(
        'li',
        {
          class: 'flag flag-' + type + (bold ? ' flag-bold' : ''),
          role: type === 'error' || type === 'warning' ? 'alert' : 'status',
          'data-flag-id': id,
        },
        [
          el('span', { class: 'flag-icon', 'aria-hidden': 'true' }, [ICONS[type] || ICONS.info]),
          el('div', { class: 'flag-body' }, [
            options.title ? el('p', { class: 'flag-title' }, [String(options.title)]) : null,
            options.description
              ? el('p', { class: 'flag-description' }, [String(options.description)])
              : null,
            actions.length ? el('div', { class: 'flag-actions' }, actions) : null,
          ]),
          dismiss,
        ],
      );
      flagList.prepend(node);
      flags[id] = {
        node: node,
        timer: options.isAutoDismiss
          ? setTimeout(function () {
              closeFlag(id);
            }, AUTO_DISMISS_MS)
          : null,
      };
      return true;
    }

    function topModal() {
      return modals[modals.length - 1];
    }
    function closeModal(modal, payload) {
      var index = modals.indexOf(modal);
      if (index < 0) return false;
      modals.splice(index, 1);
      modal.node.remove();
      host.forgetFrame(modal.frameName);
      if (modal.returnFocus && modal.returnFocus.isConnected) modal.returnFocus.focus();
      callBack(modal.opener, modal.onClose, payload === undefined ? [] : [payload]);
      return true;
    }

    function openModal(frame, source, options) {
      var size = SIZES[options.size] || (options.size && options.size.width ? options.size : SIZES.medium);
      var title = options.title ? String(options.title) : '';
      var iframe = host.frameFor(
        options.resource || frame.resource,
        frame.moduleKey,
        frame.subject,
        title || 'App dialog',
        {
          modal: options.context === undefined ? {} : options.context,
        },
      );
      var dialog = el(
        'div',
        { class: 'modal', role: 'dialog', 'aria-modal': 'true', 'aria-label': title || 'App dialog' },
        [title ? el('h2', { class: 'modal-title' }, [title]) : null, iframe],
      );
      dialog.style.width = 'min(' + size.width + ', calc(100vw - 32px))';
      dialog.style.height = 'min(' + (size.height || '70vh') + ', calc(100vh - 32px))';
      var blanket = el('div', { class: 'modal-blanket' }, [dialog]);
      var modal = {
        node: blanket,
        frameName: iframe.name,
        opener: source,
        onClose: options.onClose,
        closeOnEscape: options.closeOnEscape !== false,
        returnFocus: document.activeElement,
      };
      blanket.addEventListener('click', function (event) {
        if (event.target === blanket && options.closeOnOverlayClick !== false) closeModal(modal);
      });
      modals.push(modal);
      document.body.append(blanket);
      iframe.focus();
      return true;
    }

    document.addEventListener('keydown', function (event) {
      var modal = topModal();
      if (event.key === 'Escape' && modal && modal.closeOnEscape) closeModal(modal);
    });

    return {
      calls: {
        showFlag: function (frame, payload, source) {
          return Promise.resolve(showFlag(source, payload));
        },
        closeFlag: function (frame, payload) {
          return Promise.resolve(closeFlag(String(payload.id)));
        },
        openModal: function (frame, payload, source) {
          return Promise.resolve(openModal(frame, source, payload));
        },
        close: function (frame, payload, source, frameName) {
          var modal = modals.find(function (m) {
            return m.frameName === frameName;
          });
          // Only a modal's frame is closable; Jira answers false to any other (view.close throws).
          return Promise.resolve(modal ? closeModal(modal, payload) : false);
        },
      },
      /** Escape pressed inside a modal's frame (the frame forwards it: keys do not leave a frame). */
      escapeFrom: function (frameName) {
        var modal = topModal();
        if (modal && modal.frameName === frameName && modal.closeOnEscape) closeModal(modal);
      },
      /** Navigation replaces the page: its modals go with it, as in Jira. */
      closeAllModals: function () {
        modals.slice().forEach(function (m) {
          m.node.remove();
          host.forgetFrame(m.frameName);
        });
        modals = [];
      },
    };
  }

  window.forgeLocalOverlays = createOverlays;
})();
