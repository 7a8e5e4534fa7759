// The Custom UI bridge as Jira provides it inside an app's frame: @forge/bridge calls
// window.__bridge.callBridge(name, payload); Jira answers from the parent page over postMessage.
// The local host's parent page (host.js) answers the same calls.
(function () {
  'use strict';
  var pending = new Map();
  var nextId = 1;
  var themeCss = null;

  function applyTheme(colorMode, css) {
    if (css) themeCss = css;
    if (!themeCss) return;
    var style = document.getElementById('forge-local-theme');
    if (!style) {
      style = document.createElement('style');
      style.id = 'forge-local-theme';
      document.head.appendChild(style);
    }
    if (style.textContent !== themeCss) style.textContent = themeCss;
    var html = document.documentElement;
    html.setAttribute(
      'data-theme',
      'dark:dark light:light spacing:spacing typography:typography shape:shape',
    );
    html.setAttribute('data-color-mode', colorMode);
  }

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent) return;
    var message = event.data || {};
    if (message.forgeLocal === 'answer') {
      var call = pending.get(message.id);
      if (!call) return;
      pending.delete(message.id);
      if (message.error) call.reject(Object.assign(new Error(message.error.message), message.error));
      else call.resolve(message.result);
    } else if (message.forgeLocal === 'theme') {
      applyTheme(message.colorMode, message.css);
    }
  });

  function callBridge(name, payload) {
    return new Promise(function (resolve, reject) {
      var id = nextId++;
      pending.set(id, {
        resolve: function (result) {
          if (name === 'enableTheming' && result) applyTheme(result.colorMode, result.css);
          resolve(name === 'enableTheming' ? undefined : result);
        },
        reject: reject,
      });
      window.parent.postMessage(
        { forgeLocal: 'call', frame: window.name, id: id, name: name, payload: payload },
        '*',
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
    window.parent.postMessage({ forgeLocal: 'size', frame: window.name, height: height }, '*');
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

  window.__bridge = { callBridge: callBridge };
})();
