// The demo portal's own script: the language switch, the phone menu, the mock CR renewal, and the cycle switch.
// It never writes HTML (textContent and createElement only), so the pages keep a strict CSP.

const LANGUAGE_KEY = 'jawda-demo:lang'; // localStorage, never a cookie

/** Arabic first; `?lang=en` or an earlier choice switches to English. */
function initialLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'ar' || asked === 'en') return asked;
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'ar';
  } catch {
    return 'ar';
  }
}

/** The page in `lang`: <html lang dir> (the Jawda elements follow it), title, labels and option texts. */
function applyLanguage(lang) {
  const root = document.documentElement;
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  const titleEn = document.querySelector('meta[name="portal:title-en"]')?.content;
  root.dataset.titleAr ??= document.title;
  document.title = lang === 'en' && titleEn ? titleEn : root.dataset.titleAr;
  for (const element of document.querySelectorAll('[data-label-en]')) {
    element.dataset.labelAr ??= element.getAttribute('aria-label') ?? '';
    element.setAttribute('aria-label', lang === 'en' ? element.dataset.labelEn : element.dataset.labelAr);
  }
  for (const element of document.querySelectorAll('[data-text-en]')) {
    element.dataset.textAr ??= element.textContent;
    element.textContent = lang === 'en' ? element.dataset.textEn : element.dataset.textAr;
  }
}

function setUpLanguageSwitch() {
  applyLanguage(initialLanguage());
  for (const button of document.querySelectorAll('[data-action="toggle-language"]')) {
    button.addEventListener('click', () => {
      const lang = document.documentElement.lang === 'ar' ? 'en' : 'ar';
      applyLanguage(lang);
      try {
        localStorage.setItem(LANGUAGE_KEY, lang);
      } catch {
        // private mode: the choice lasts for this page only
      }
    });
  }
}

/** The phone header's menu: a disclosure button for the nav (portal.css folds the nav on phones). */
function setUpMenu() {
  for (const button of document.querySelectorAll('.menu-button[aria-controls]')) {
    const setOpen = (open) => button.setAttribute('aria-expanded', String(open));
    button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
    document.getElementById(button.getAttribute('aria-controls'))?.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.focus();
    });
  }
}

/** A transaction number like the portal's own: TX-2025-004217. */
function transactionNumber() {
  const [random] = crypto.getRandomValues(new Uint32Array(1));
  return `TX-${new Date().getFullYear()}-${String(random % 1_000_000).padStart(6, '0')}`;
}

/** service.html: "renew" the CR, then ask for a rating of that transaction. */
function setUpRenewal() {
  const form = document.getElementById('renewal-form');
  const receipt = document.getElementById('renewal-receipt');
  if (!form || !receipt) return;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const transactionId = transactionNumber();
    document.getElementById('transaction-id').textContent = transactionId;
    const rating = document.createElement('service-rating');
    rating.setAttribute('service-id', 'cr-renewal');
    rating.setAttribute('transaction-id', transactionId);
    rating.setAttribute('channel', 'web');
    rating.setAttribute('show-summary', '');
    rating.setAttribute('delivery', 'dialog'); // asked in a dialog the moment the transaction completes
    document.getElementById('rating-slot').replaceChildren(rating);
    form.hidden = true;
    receipt.hidden = false;
    document.getElementById('receipt-title').focus();
    rating.open(); // focus goes to the question, and back to the receipt's heading when it closes
    const again = document.getElementById('rate-again');
    again.hidden = false;
    again.onclick = () => rating.open();
    // Rated: the receipt stops asking, and says thank you instead.
    rating.addEventListener('rating-submitted', () => {
      document.getElementById('rating-ask').hidden = true;
      document.getElementById('rating-thanks').hidden = false;
      again.hidden = true;
    });
  });
}

/** centres.html: one cycle for every scorecard that follows the page's switch. */
function setUpCycleSwitch() {
  const select = document.getElementById('cycle-select');
  if (!select) return;
  document.getElementById('cycle-switch')?.addEventListener('submit', (event) => event.preventDefault());
  select.addEventListener('change', () => {
    for (const scorecard of document.querySelectorAll('centre-scorecard[data-follows-cycle]')) {
      if (select.value) scorecard.setAttribute('cycle', select.value);
      else scorecard.removeAttribute('cycle');
    }
  });
}

setUpLanguageSwitch();
setUpMenu();
setUpRenewal();
setUpCycleSwitch();
