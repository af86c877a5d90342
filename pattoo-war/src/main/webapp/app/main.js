// The pattoo web UI: a few pages over the GraphQL API, routed by the URL's hash.
import { route, start, go } from './router.js';
import { current, isAdmin, logout, resume } from './session.js';

route('/login', () => import('./pages/login.js'), { public: true });
route('/agents', () => import('./pages/agents.js'));
route('/agent', () => import('./pages/agent.js'));
route('/chart', () => import('./pages/chart.js'));
route('/dashboard', () => import('./pages/dashboard.js'));
route('/admin/users', () => import('./pages/admin/users.js'), { admin: true });
route('/admin/tokens', () => import('./pages/admin/tokens.js'), { admin: true });
route('/admin/translations', () => import('./pages/admin/translations.js'), { admin: true });
// The explorer is its own page (GraphiQL); after a login it is where the user was going.
route('/explorer', async () => ({ render: () => location.assign('explorer/') }));

const header = document.querySelector('header.top');

/** The header shows who is logged in, and only when someone is; the admin link to admins. */
function updateHeader() {
  const session = current();
  header.hidden = !session;
  header.querySelector('.who').textContent = session ? session.username : '';
  header.querySelector('.admin-only').hidden = !isAdmin();
  const here = location.hash.split('?')[0];
  for (const link of header.querySelectorAll('nav a')) {
    const target = link.getAttribute('href');
    if (here === target || (target === '#/admin/users' && here.startsWith('#/admin/'))) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

document.addEventListener('pattoo:route', updateHeader);
document.getElementById('logout').addEventListener('click', async () => {
  await logout().catch(() => {});
  updateHeader();
  go('/login');
});

// The skip link moves focus; following its #view would leave the hash routes.
document.querySelector('.skip').addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('view').focus();
});

resume();
start('/agents');
