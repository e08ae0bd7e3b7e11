// The quality office's page: the analyst key is typed once and kept in this page's memory only (never
// stored, never in an element); each <rating-results audience="internal"> gets a tokenProvider that asks
// the server for a short-lived read token with it (POST /admin/tokens/results: it reads report v2 only).
// A real portal keeps the key on its own server and hands its signed-in staff the tokens.

const API = document.querySelector('meta[name="jawda:api-base"]')?.content ?? '/api/v1';
const form = document.getElementById('operator-sign-in');
const status = document.getElementById('operator-status');
const results = document.getElementById('operator-results');
const views = document.getElementById('operator-views');
const signOut = document.getElementById('operator-sign-out');

/** The words of the status line, in the page's language. */
const say = (ar, en) => {
  status.textContent = document.documentElement.lang === 'en' ? en : ar;
};

let key;
let token; // { value, expires }

async function mint(analystKey) {
  const response = await fetch(`${API}/admin/tokens/results`, { method: 'POST', headers: { authorization: `Bearer ${analystKey}` } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = await response.json();
  return { value: body.token, expires: Date.parse(body.expiresAt) };
}

/** A token with at least a minute left: the one the page has, or a new one (a refresh every 60 s or more asks for it). */
async function tokenProvider() {
  if (!key) throw new Error('Signed out');
  if (!token || token.expires - Date.now() < 60_000) token = await mint(key);
  return token.value;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const typed = form.elements.key.value.trim();
  say('جارٍ التحقق…', 'Checking…');
  try {
    token = await mint(typed);
  } catch {
    say(
      'لا يقرأ هذا المفتاح النتائج: تحقّق منه، أو اطلب مفتاح محلل.',
      'This key cannot read the results: check it, or ask for an analyst key.',
    );
    form.elements.key.focus();
    return;
  }
  key = typed;
  form.reset();
  say('', '');
  form.hidden = true;
  const made = document.importNode(views.content, true);
  for (const element of made.querySelectorAll('rating-results')) element.tokenProvider = tokenProvider;
  results.append(made);
  results.hidden = false;
  results.querySelector('h2')?.setAttribute('tabindex', '-1');
  results.querySelector('h2')?.focus();
});

signOut.addEventListener('click', () => {
  key = undefined;
  token = undefined;
  for (const section of results.querySelectorAll('section')) section.remove();
  results.hidden = true;
  form.hidden = false;
  say('خرجت. المفتاح لم يعد في هذه الصفحة.', 'Signed out. The key is no longer in this page.');
  form.elements.key.focus();
});
