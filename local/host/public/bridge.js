// The Custom UI bridge as Jira provides it inside an app's frame: @forge/bridge calls
// window.__bridge.callBridge(name, payload); Jira answers from the parent page over postMessage.
// The local host's parent page (host.js) answers the same calls. The frame is served from its own
// origin under Forge's CSP (local/host/resource-server.ts): postMessage is its only way out.
(function () {
  'use strict';
  var pending = new Map();
  var nextId = 1;
  // The host page's origin: Chromium names it; elsewhere the frame-ancestors directive of the
  // CSP already limits who can be the parent.
  var parentOrigin = (window.location.ancestorOrigins && window.location.ancestorOrigins[0]) || '*';
  var themeSheet = null;
  // Functions in a payload (a flag action's onClick, a modal's onClose) cannot cross postMessage:
  // each is kept here and sent as {forgeLocalCallback: n}; the page calls it back by that number.
  var callbacks = new Map();
  var nextCallback = 1;
  function withCallbacks(value) {
    if (typeof value === 'function') {
      var token = nextCallback++;
      callbacks.set(token, value);
      return { forgeLocalCallback: token };
    }
    if (Array.isArray(value)) return value.map(withCallbacks);
    if (value && typeof value === 'object') {
      var copy = {};
      Object.keys(value).forEach(function (key) {
        copy[key] = withCallbacks(value[key]);
      });
      return copy;
    }
    return value;
  }

  // The design-token sheets come from the Forge CDN's origin (here this frame's own), as a file:
  // theming must not depend on the app's permission for inline styles.
  function loadThemeSheet() {
    if (!themeSheet)
      themeSheet = new Promise(function (resolve) {
        var link = document.createElement('link');
        link.rel = 'stylesheet';
        link.id = 'forge-local-theme';
        link.href = '/__forge/theme.css';
        link.onload = link.onerror = function () {
          resolve();
        };
        document.head.appendChild(link);
      });
    return themeSheet;
  }
  function applyTheme(colorMode) {
    var html = document.documentElement;
    html.setAttribute(
      'data-theme',
      'dark:dark light:light spacing:spacing typography:typography shape:shape',
    );
    html.setAttribute('data-color-mode', colorMode);
  }

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent) return;
    if (parentOrigin !== '*' && event.origin !== parentOrigin) return;
    var message = event.data || {};
    if (message.forgeLocal === 'answer') {
      var call = pending.get(message.id);
      if (!call) return;
      pending.delete(message.id);
      if (message.error) call.reject(Object.assign(new Error(message.error.message), message.error));
      else call.resolve(message.result);
    } else if (message.forgeLocal === 'callback') {
      var callback = callbacks.get(message.callback);
      if (callback) callback.apply(null, message.args || []);
    } else if (message.forgeLocal === 'theme' && themeSheet) {
      applyTheme(message.colorMode);
    } else if (message.forgeLocal === 'history' && appHistory) {
      // Back or forward in the page: the host moved the page's URL, the app learns where it is.
      appHistory.moved(message.location, 'POP');
    }
  });

  // view.createHistory(): as in Jira, a history object (the `history` package's shape, v4: push,
  // replace, go, back, forward, listen, location, action) whose locations are the app's own path;
  // the page URL is the module's URL with that path appended, and the page's back and forward move
  // it. Jira hands the object across the frame with post-robot; here the frame builds it and every
  // change goes to the host page over postMessage. One per frame, as the app asks once.
  var appHistory = null;
  function createPath(to) {
    if (typeof to === 'string') return to;
    return (to.pathname || '/') + (to.search || '') + (to.hash || '');
  }
  function createAppHistory(initial) {
    var listeners = [];
    var history = {
      action: 'POP',
      location: initial,
      length: 1,
      push: function (to, state) {
        change('push', to, state);
      },
      replace: function (to, state) {
        change('replace', to, state);
      },
      go: function (delta) {
        ask('go', { delta: delta });
      },
      back: function () {
        ask('go', { delta: -1 });
      },
      forward: function () {
        ask('go', { delta: 1 });
      },
      goBack: function () {
        ask('go', { delta: -1 });
      },
      goForward: function () {
        ask('go', { delta: 1 });
      },
      block: function () {
        return function () {};
      },
      createHref: createPath,
      listen: function (listener) {
        listeners.push(listener);
        return function () {
          listeners = listeners.filter(function (l) {
            return l !== listener;
          });
        };
      },
      moved: function (location, action) {
        history.action = action;
        history.location = location;
        listeners.slice().forEach(function (listener) {
          listener(location, action);
        });
      },
    };
    function ask(op, payload) {
      return callBridge('history', Object.assign({ op: op }, payload));
    }
    function change(op, to, state) {
      ask(op, { path: createPath(to), state: state === undefined ? null : state }).then(function (location) {
        history.length += op === 'push' ? 1 : 0;
        history.moved(location, op.toUpperCase());
      });
    }
    return history;
  }

  function callBridge(name, payload) {
    if (name === 'createHistory')
      return callBridge('history', { op: 'create' }).then(function (location) {
        if (!appHistory) appHistory = createAppHistory(location);
        return appHistory;
      });
    return new Promise(function (resolve, reject) {
      var id = nextId++;
      pending.set(id, {
        resolve: function (result) {
          if (name !== 'enableTheming') return resolve(result);
          loadThemeSheet().then(function () {
            applyTheme(result.colorMode);
            resolve(undefined);
          });
        },
        reject: reject,
      });
      window.parent.postMessage(
        { forgeLocal: 'call', id: id, name: name, payload: withCallbacks(payload) },
        parentOrigin,
      );
    });
  }

  // Jira sizes panel frames to their content; report the height as it changes. The body may
  // keep the frame's height, so measure the content and watch every change below the body.
  var lastHeight = 0;
  function contentHeight() {
    var bottom = 0;
    Array.prototype.forEach.call(document.body.children, function (child) {
      bottom = Math.max(bottom, child.getBoundingClientRect().bottom + window.scrollY);
    });
    return Math.ceil(bottom + 16);
  }
  function reportSize() {
    var height = contentHeight();
    if (height === lastHeight) return;
    lastHeight = height;
    window.parent.postMessage({ forgeLocal: 'size', height: height }, parentOrigin);
  }
  window.addEventListener('load', function () {
    var observer = new ResizeObserver(reportSize);
    observer.observe(document.body);
    Array.prototype.forEach.call(document.body.children, function (child) {
      observer.observe(child);
    });
    new MutationObserver(reportSize).observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
    });
    reportSize();
  });

  // A key pressed in the frame never reaches the page: Escape is passed on, so that a modal the
  // page draws around this frame closes as Jira's does; not while the focused control has a menu
  // or popup open (aria-expanded), whose own Escape closes only that. Seen before the app's
  // handlers (capture), since a select answers every Escape with preventDefault.
  window.addEventListener(
    'keydown',
    function (event) {
      var target = event.target;
      var expanded = target && target.getAttribute && target.getAttribute('aria-expanded') === 'true';
      if (event.key === 'Escape' && !expanded)
        window.parent.postMessage({ forgeLocal: 'escape' }, parentOrigin);
    },
    true,
  );

  window.__bridge = { callBridge: callBridge };
})();
