// The pattoo web UI: a few pages over the GraphQL API, routed by the URL's hash.
import { route, start, go } from './router.js';
import { current, logout, resume } from './session.js';

route('/login', () => import('./pages/login.js'), { public: true });
route('/agents', () => import('./pages/agents.js'));
route('/agent', () => import('./pages/agent.js'));
route('/chart', () => import('./pages/chart.js'));
route('/charts', () => import('./pages/charts.js'));
// The explorer is its own page (GraphiQL); after a login it is where the user was going.
route('/explorer', async () => ({ render: () => location.assign('explorer/') }));

const header = document.querySelector('header.top');

/** The header shows who is logged in, and only when someone is. */
function updateHeader() {
  const session = current();
  header.hidden = !session;
  header.querySelector('.who').textContent = session ? session.username : '';
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
