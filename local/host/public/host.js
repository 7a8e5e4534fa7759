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
  function appFrame(resource, moduleKey, subject, title) {
    var id = 'forge-frame-' + state.nextFrame++;
    state.frames[id] = { moduleKey: moduleKey, subject: subject };
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
    changeWindowTitle: function (frame, title) {
      document.title = title;
      return Promise.resolve(true);
    },
  };
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
      if (found.node.closest('.panel')) found.node.style.height = Math.max(240, m.height) + 'px';
      return;
    }
    if (m.forgeLocal !== 'call') return;
    var handler = calls[m.name];
    if (!handler)
      return answer(event.source, m.id, undefined, {
        message: 'The local host does not emulate the bridge call "' + m.name + '"',
      });
    handler(frame, m.payload || {}).then(
      function (result) {
        answer(event.source, m.id, result);
      },
      function (error) {
        answer(event.source, m.id, undefined, { message: error.message || String(error) });
      },
    );
  });

  // ---- pages ------------------------------------------------------------------------------
  function page(title, content) {
    main.replaceChildren(el('h1', {}, [title]), content);
  }
  var routes = [
    [
      /^\/(jira\/apps\/market-layer)?$/,
      function () {
        page('Market layer', appFrame('portfolio', 'portfolio', {}, 'Market layer portfolio'));
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
        var panel = el('section', { class: 'panel', 'aria-label': 'Solutions for this epic' }, [
          el('h2', {}, ['Solutions for this epic']),
          appFrame('epic', 'epic-solutions', { issueKey: key }, 'Solutions for this epic'),
        ]);
        page(issue.key + ' ' + issue.summary, el('div', { class: 'issue' }, [details, panel]));
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
    state.frames = {};
    var path = window.location.pathname;
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
  window.addEventListener('popstate', render);

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
