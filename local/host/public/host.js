// The local host page: enough of Jira to find one's way (global page, project pages, issue view,
// admin page), a switch to act as each demo user, light and dark themes, and the parent side of
// the Custom UI bridge (bridge.js runs inside each app frame). As in Jira, each frame loads from
// another origin (the resource server's port) inside a sandbox, so it reaches this page only
// through postMessage.
(function () {
  'use strict';
  var state = {
    site: null,
    user: localStorage.getItem('forge-local-user'),
    theme: localStorage.getItem('forge-local-theme') || 'light',
    frames: {},
    nextFrame: 1,
    resourceOrigin: null,
  };
  var main = document.getElementById('main');

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      node.append(c);
    });
    return node;
  }
  function getJson(url) {
    return fetch(url).then(function (r) {
      return r.json();
    });
  }
  function postJson(url, body) {
    return fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(function (r) {
      return r.json();
    });
  }
  function putJson(url, body) {
    return fetch(url, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(function (r) {
      return r.json();
    });
  }
  function currentUser() {
    return (
      state.site.users.find(function (u) {
        return u.accountId === state.user;
      }) || state.site.users[0]
    );
  }

  // ---- frames and the bridge -------------------------------------------------------------
  // The sandbox and permissions policy Jira gives a Custom UI iframe
  // (https://developer.atlassian.com/platform/forge/custom-ui/iframe/): no popups, no top
  // navigation; the resource keeps its own origin, which is not this page's.
  var SANDBOX = 'allow-downloads allow-forms allow-modals allow-pointer-lock allow-same-origin allow-scripts';
  var ALLOW = 'camera; clipboard-write; display-capture; fullscreen; microphone';
  /** `extra`: `historyBase` for a full page that routes, `modal` for a frame opened as a modal. */
  function appFrame(resource, moduleKey, subject, title, extra) {
    var id = 'forge-frame-' + state.nextFrame++;
    state.frames[id] = { resource: resource, moduleKey: moduleKey, subject: subject };
    if (extra && extra.historyBase) state.frames[id].historyBase = extra.historyBase;
    if (extra && extra.modal !== undefined) state.frames[id].modal = extra.modal;
    return el('iframe', {
      class: 'frame',
      name: id,
      title: title,
      sandbox: SANDBOX,
      allow: ALLOW,
      src: state.resourceOrigin + '/app/' + resource + '/index.html',
    });
  }
  /** The frame a message came from, known by its window (a frame cannot pass for another). */
  function frameOf(source) {
    var nodes = document.querySelectorAll('iframe.frame');
    for (var i = 0; i < nodes.length; i++) {
      if (nodes[i].contentWindow === source && state.frames[nodes[i].name])
        return { node: nodes[i], state: state.frames[nodes[i].name] };
    }
    return null;
  }
  function answer(source, id, result, error) {
    source.postMessage({ forgeLocal: 'answer', id: id, result: result, error: error }, state.resourceOrigin);
  }

  var calls = {
    getContext: function (frame) {
      return postJson('/__forge/context', {
        accountId: currentUser().accountId,
        moduleKey: frame.moduleKey,
        subject: frame.subject,
        modal: frame.modal,
        colorMode: state.theme,
      }).then(unwrap);
    },
    invoke: function (frame, payload) {
      return postJson('/__forge/invoke', {
        accountId: currentUser().accountId,
        moduleKey: frame.moduleKey,
        subject: frame.subject,
        key: payload.functionKey,
        payload: payload.payload,
      }).then(unwrap);
    },
    enableTheming: function () {
      return Promise.resolve({ colorMode: state.theme });
    },
    navigate: function (frame, location) {
      var url = location.url || urlFor(location);
      if (location.type === 'new-tab') window.open(url, '_blank', 'noopener');
      else go(url);
      return Promise.resolve(true);
    },
    getUrl: function (frame, location) {
      return Promise.resolve(window.location.origin + urlFor(location));
    },
    emitReadyEvent: function () {
      return Promise.resolve(true);
    },
    // view.submit: a gadget's edit mode saves its configuration, as Jira does, and the gadget is
    // shown again in view mode with it. Any other view is not submittable (the bridge says so).
    submit: function (frame, payload) {
      if (!frame.subject.gadgetId || !frame.subject.edit) return Promise.resolve(false);
      return putJson('/__forge/gadgets/' + frame.subject.gadgetId + '/configuration', payload)
        .then(unwrap)
        .then(function () {
          showGadget(frame.subject.gadgetId, false);
          return true;
        });
    },
    history: appHistory,
    changeWindowTitle: function (frame, title) {
      document.title = title;
      return Promise.resolve(true);
    },
  };
  // ---- view.createHistory -------------------------------------------------------------------
  // As in Jira, a full-page module's frame may keep its own path in the page URL: the module's URL
  // with the app's path appended (`/jira/apps/market-layer/gaps?kind=…`), so a link to it opens the
  // app where it was, reload restores it, and the browser's back and forward move within the app
  // without reloading its frame. Other modules have no page of their own to route in.
  function appLocation(frame) {
    var path = window.location.pathname;
    var inApp = path.indexOf(frame.historyBase) === 0 ? path.slice(frame.historyBase.length) : '';
    var pageState = window.history.state || {};
    return {
      pathname: inApp || '/',
      search: window.location.search,
      hash: window.location.hash,
      state: pageState.appState === undefined ? null : pageState.appState,
      key: pageState.key || 'default',
    };
  }
  function appHistory(frame, payload) {
    if (!frame.historyBase)
      return Promise.reject(new Error('view.createHistory is only available in full-page modules'));
    if (payload.op === 'create') return Promise.resolve(appLocation(frame));
    if (payload.op === 'go') {
      window.history.go(Number(payload.delta) || 0);
      return Promise.resolve(null);
    }
    var path = String(payload.path || '');
    if (path.charAt(0) !== '/' || path.charAt(1) === '/')
      return Promise.reject(new Error('A history path starts with one "/": ' + path));
    var url = frame.historyBase + (path.match(/^\/(?=[?#]|$)/) ? path.slice(1) : path);
    var entry = { appState: payload.state, key: Math.random().toString(36).slice(2, 10) };
    if (payload.op === 'push') window.history.pushState(entry, '', url);
    else if (payload.op === 'replace') window.history.replaceState(entry, '', url);
    else return Promise.reject(new Error('Unknown history operation ' + payload.op));
    state.shownPath = window.location.pathname;
    return Promise.resolve(appLocation(frame));
  }
  /** The frame that routes in the page now shown at this path, if the path is still its page. */
  function routingFrame(path) {
    var nodes = document.querySelectorAll('iframe.frame');
    for (var i = 0; i < nodes.length; i++) {
      var frame = state.frames[nodes[i].name];
      if (frame && frame.historyBase && frame.connected && pageOf(path) === pageOf(state.shownPath))
        return { node: nodes[i], state: frame };
    }
    return null;
  }
  function onPopState() {
    var routing = routingFrame(window.location.pathname);
    if (!routing) return render();
    state.shownPath = window.location.pathname;
    routing.node.contentWindow.postMessage(
      { forgeLocal: 'history', location: appLocation(routing.state) },
      state.resourceOrigin,
    );
  }

  // Flags and modals are drawn by this page over everything, never inside a frame (overlays.js).
  var overlays = window.forgeLocalOverlays({
    frameFor: appFrame,
    forgetFrame: function (name) {
      delete state.frames[name];
    },
    resourceOrigin: function () {
      return state.resourceOrigin;
    },
  });
  Object.assign(calls, overlays.calls);
  function unwrap(reply) {
    if (reply.error) throw reply.error;
    return reply.result;
  }
  function urlFor(location) {
    if (location.target === 'issue') return '/browse/' + location.issueKey;
    if (location.target === 'projectSettingsDetails' || location.target === 'project')
      return '/jira/software/projects/' + location.projectKey + '/apps/market-context';
    return '/';
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== state.resourceOrigin) return;
    var found = frameOf(event.source);
    if (!found) return;
    var frame = found.state;
    // From now on the frame holds its resource, so theme changes can be posted to it.
    frame.connected = true;
    var m = event.data || {};
    if (m.forgeLocal === 'size') {
      if (found.node.closest('.panel, .gadget')) found.node.style.height = Math.max(240, m.height) + 'px';
      else if (found.node.closest('.issue-context')) found.node.style.height = Math.max(48, m.height) + 'px';
      return;
    }
    if (m.forgeLocal === 'escape') return overlays.escapeFrom(found.node.name);
    if (m.forgeLocal !== 'call') return;
    var handler = calls[m.name];
    if (!handler)
      return answer(event.source, m.id, undefined, {
        message: 'The local host does not emulate the bridge call "' + m.name + '"',
      });
    // view.close() sends no payload, and the modal's onClose must then get none.
    var payload = m.name === 'close' ? m.payload : m.payload || {};
    handler(frame, payload, event.source, found.node.name).then(
      function (result) {
        answer(event.source, m.id, result);
      },
      function (error) {
        answer(event.source, m.id, undefined, { message: error.message || String(error) });
      },
    );
  });

  // ---- pages ------------------------------------------------------------------------------
  var PORTFOLIO_BASE = '/jira/apps/market-layer';
  function page(title, content) {
    main.replaceChildren(el('h1', {}, [title]), content);
  }
  var routes = [
    [
      /^\/(?:jira\/apps\/market-layer(?:\/.*)?)?$/,
      function () {
        page(
          'Market layer',
          appFrame('portfolio', 'portfolio', {}, 'Market layer portfolio', { historyBase: PORTFOLIO_BASE }),
        );
      },
    ],
    [/^\/jira\/projects$/, projectList],
    [
      /^\/jira\/software\/projects\/([^/]+)\/apps\/market-context$/,
      function (key) {
        var project = state.site.projects.find(function (p) {
          return p.key === key;
        });
        page(
          (project ? project.name : key) + ' — Market context',
          appFrame('project', 'market-context', { projectKey: key }, 'Market context'),
        );
      },
    ],
    [/^\/browse\/([A-Z][A-Z0-9_]*-\d+)$/, issueView],
    [
      /^\/jira\/settings\/apps\/market-layer$/,
      function () {
        if (!currentUser().isAdmin)
          return page(
            'Market layer settings',
            el('p', {}, ['Only Jira administrators can open the settings of apps.']),
          );
        page('Market layer settings', appFrame('admin', 'settings', {}, 'Market layer settings'));
      },
    ],
  ];

  function projectList() {
    var rows = state.site.projects.map(function (p) {
      return el('tr', {}, [
        el('td', {}, [p.key]),
        el('td', {}, [
          el('a', { href: '/jira/software/projects/' + p.key + '/apps/market-context' }, [p.name]),
        ]),
        el('td', {}, [el('a', { href: '/jira/projects/' + p.key + '/epics' }, ['Epics'])]),
      ]);
    });
    page(
      'Projects',
      el('table', { class: 'list' }, [
        el('thead', {}, [
          el('tr', {}, [el('th', {}, ['Key']), el('th', {}, ['Project']), el('th', {}, ['Issues'])]),
        ]),
        el('tbody', {}, rows),
      ]),
    );
  }

  function issueView(key) {
    main.replaceChildren(el('p', { class: 'muted', role: 'status' }, ['Loading ' + key + '…']));
    getJson('/__forge/issue/' + key + '?as=' + encodeURIComponent(currentUser().accountId)).then(
      function (issue) {
        if (issue.error) return page(key, el('p', {}, [issue.error]));
        var children = (issue.children || []).map(function (c) {
          return el('tr', {}, [
            el('td', {}, [el('a', { href: '/browse/' + c.key }, [c.key])]),
            el('td', {}, [c.summary]),
            el('td', {}, [el('span', { class: 'lozenge' }, [c.status])]),
          ]);
        });
        var details = el('section', { 'aria-label': 'Issue details' }, [
          el('p', { class: 'muted' }, [issue.projectName + ' / ' + issue.key + ' · ' + issue.issueType]),
          el('p', {}, ['Status: ', el('span', { class: 'lozenge' }, [issue.status])]),
          el('p', {}, ['Due: ' + (issue.dueDate || 'none')]),
          el('h2', {}, ['Child issues (' + children.length + ')']),
          el('table', { class: 'list' }, [el('tbody', {}, children)]),
        ]);
        // The app's issue-view modules whose display conditions hold for this issue (the server
        // evaluates them from manifest.yml): the context line beside the fields, the panel.
        var modules = issue.modules || [];
        modules
          .filter(function (m) {
            return m.type === 'jira:issueContext';
          })
          .forEach(function (m) {
            details.append(
              el('section', { class: 'issue-context', 'aria-label': m.title }, [
                el('h2', {}, [m.title]),
                appFrame(m.resource, m.key, { issueKey: key }, m.title + ' context'),
              ]),
            );
          });
        var panels = modules
          .filter(function (m) {
            return m.type === 'jira:issuePanel';
          })
          .map(function (m) {
            return el('section', { class: 'panel', 'aria-label': m.title }, [
              el('h2', {}, [m.title]),
              appFrame(m.resource, m.key, { issueKey: key }, m.title),
            ]);
          });
        page(issue.key + ' ' + issue.summary, el('div', { class: 'issue' }, [details].concat(panels)));
      },
    );
  }

  function epicList(key) {
    getJson('/__forge/projects/' + key + '/epics?as=' + encodeURIComponent(currentUser().accountId)).then(
      function (epics) {
        var rows = (epics.issues || []).map(function (e) {
          return el('li', {}, [el('a', { href: '/browse/' + e.key }, [e.key + ' ' + e.summary])]);
        });
        page(
          key + ' epics',
          rows.length ? el('ul', {}, rows) : el('p', {}, [epics.error || 'No epics you can see.']),
        );
      },
    );
  }
  routes.push([/^\/jira\/projects\/([^/]+)\/epics$/, epicList]);

  // ---- the dashboard ----------------------------------------------------------------------
  // One dashboard with one of each of the app's gadgets (from manifest.yml, via /__forge/site).
  // Each gadget has Jira's "Edit" action, which opens its edit mode in the same frame slot.
  function dashboard() {
    var grid = el('div', { class: 'dashboard' });
    state.site.gadgets.forEach(function (g) {
      var edit = el('button', { type: 'button', 'aria-label': 'Edit ' + g.title }, ['Edit']);
      edit.addEventListener('click', function () {
        showGadget(g.id, true);
      });
      grid.append(
        el('section', { class: 'gadget', 'aria-label': g.title, 'data-gadget': g.id }, [
          el('header', {}, [el('h2', {}, [g.title]), edit]),
          el('div', { class: 'gadget-body' }),
        ]),
      );
    });
    page('Dashboard', grid);
    state.site.gadgets.forEach(function (g) {
      showGadget(g.id, false);
    });
  }
  function showGadget(gadgetId, editing) {
    var g = state.site.gadgets.find(function (x) {
      return x.id === gadgetId;
    });
    var box = document.querySelector('section.gadget[data-gadget="' + gadgetId + '"]');
    if (!g || !box) return;
    var old = box.querySelector('iframe.frame');
    if (old) delete state.frames[old.name];
    box.querySelector('header button').hidden = editing;
    box
      .querySelector('.gadget-body')
      .replaceChildren(
        appFrame(
          g.resource,
          g.moduleKey,
          { gadgetId: g.id, edit: editing },
          g.title + (editing ? ' settings' : ' gadget'),
        ),
      );
  }
  routes.push([/^\/jira\/dashboards(\/10000)?$/, dashboard]);

  /** Which page a path shows (the index of its route): moving within one page keeps its frame. */
  function pageOf(path) {
    for (var i = 0; i < routes.length; i++) if (routes[i][0].test(path || '')) return i;
    return -1;
  }

  // Jira's issue search ("Filters"): a JQL box, answered by the demo site's search as the user
  // acting now, with the app's JQL functions and `marketLayer.*` property aliases.
  var EXAMPLE_JQL = 'issue in marketLayerSolution("Continuous close") ORDER BY key';
  function issueSearch() {
    var params = new URLSearchParams(window.location.search);
    var jql = params.get('jql') || EXAMPLE_JQL;
    var input = el('textarea', { id: 'jql', class: 'jql', rows: '2', spellcheck: 'false' }, []);
    input.value = jql;
    var results = el('div', { id: 'search-results', 'aria-live': 'polite' }, []);
    var form = el('form', { class: 'search', role: 'search', 'aria-label': 'Search issues with JQL' }, [
      el('label', { for: 'jql' }, ['JQL']),
      input,
      el('button', { type: 'submit' }, ['Search']),
      el('p', { class: 'muted' }, [
        'Try marketLayer.market = "Public sector agencies", issue in marketLayerLayer("executive") or issue in marketLayerPriority("…").',
      ]),
    ]);
    function run(query) {
      results.replaceChildren(el('p', { class: 'muted', role: 'status' }, ['Searching…']));
      postJson('/__forge/search', { accountId: currentUser().accountId, jql: query }).then(function (answer) {
        if (answer.errorMessages) {
          return results.replaceChildren(
            el(
              'div',
              { class: 'search-error', role: 'alert' },
              answer.errorMessages.map(function (m) {
                return el('p', {}, [m]);
              }),
            ),
          );
        }
        if (answer.issues.length === 0) {
          return results.replaceChildren(
            el('p', { role: 'status' }, ['No issues match, among those you can see.']),
          );
        }
        var rows = answer.issues.map(function (i) {
          return el('tr', {}, [
            el('td', {}, [i.type]),
            el('td', {}, [el('a', { href: '/browse/' + i.key }, [i.key])]),
            el('td', {}, [i.summary]),
            el('td', {}, [el('span', { class: 'lozenge' }, [i.status])]),
            el('td', {}, [i.project]),
          ]);
        });
        results.replaceChildren(
          el('p', { class: 'muted', role: 'status' }, [
            answer.issues.length + (answer.more ? '+ issues (first page)' : ' issues'),
          ]),
          el('table', { class: 'list' }, [
            el('thead', {}, [
              el(
                'tr',
                {},
                ['Type', 'Key', 'Summary', 'Status', 'Project'].map(function (h) {
                  return el('th', { scope: 'col' }, [h]);
                }),
              ),
            ]),
            el('tbody', {}, rows),
          ]),
        );
      });
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var query = input.value.trim();
      window.history.replaceState({}, '', '/issues?jql=' + encodeURIComponent(query));
      run(query);
    });
    input.addEventListener('keydown', function (event) {
      // Enter searches, as in Jira's JQL editor; Shift+Enter adds a line.
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    page('Filters', el('div', {}, [form, results]));
    run(jql);
  }
  routes.push([/^\/issues$/, issueSearch]);

  function render() {
    overlays.closeAllModals();
    state.frames = {};
    var path = window.location.pathname;
    state.shownPath = path;
    document.querySelectorAll('a[aria-current]').forEach(function (a) {
      a.removeAttribute('aria-current');
    });
    document.querySelectorAll('a[href="' + path + '"]').forEach(function (a) {
      a.setAttribute('aria-current', 'page');
    });
    for (var i = 0; i < routes.length; i++) {
      var match = path.match(routes[i][0]);
      if (match) return routes[i][1](match[1]);
    }
    page('Not found', el('p', {}, ['No page at ' + path]));
  }
  function go(url) {
    window.history.pushState({}, '', url);
    render();
  }

  document.addEventListener('click', function (event) {
    var a = event.target.closest && event.target.closest('a[href^="/"]');
    if (!a || event.metaKey || event.ctrlKey || a.target === '_blank') return;
    event.preventDefault();
    go(a.getAttribute('href'));
  });
  window.addEventListener('popstate', onPopState);

  function applyTheme() {
    document.documentElement.classList.toggle('dark', state.theme === 'dark');
    var button = document.getElementById('theme-switch');
    button.setAttribute('aria-pressed', String(state.theme === 'dark'));
    button.textContent = state.theme === 'dark' ? 'Light theme' : 'Dark theme';
    document.querySelectorAll('iframe.frame').forEach(function (f) {
      var frame = state.frames[f.name];
      frame &&
        frame.connected &&
        f.contentWindow.postMessage({ forgeLocal: 'theme', colorMode: state.theme }, state.resourceOrigin);
    });
  }
  document.getElementById('theme-switch').addEventListener('click', function () {
    state.theme = state.theme === 'dark' ? 'light' : 'dark';
    localStorage.setItem('forge-local-theme', state.theme);
    applyTheme();
  });

  getJson('/__forge/site').then(function (site) {
    state.site = site;
    state.resourceOrigin =
      window.location.protocol + '//' + window.location.hostname + ':' + site.resourcePort;
    var select = document.getElementById('user-switch');
    site.users.forEach(function (u) {
      select.append(el('option', { value: u.accountId }, [u.displayName + ' — ' + u.role]));
    });
    if (
      !currentUser() ||
      !site.users.some(function (u) {
        return u.accountId === state.user;
      })
    )
      state.user = site.users[0].accountId;
    select.value = state.user;
    select.addEventListener('change', function () {
      state.user = select.value;
      localStorage.setItem('forge-local-user', state.user);
      render();
    });
    document.getElementById('project-nav').replaceChildren.apply(
      document.getElementById('project-nav'),
      site.projects.map(function (p) {
        return el('li', {}, [
          el('a', { href: '/jira/software/projects/' + p.key + '/apps/market-context' }, [p.name]),
        ]);
      }),
    );
    applyTheme();
    render();
  });
})();
