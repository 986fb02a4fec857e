import { getStore } from '~/client/store';
import { readStrings } from '~/client/strings';
import type { ProgressKey } from './strings';

/** "Markeer deze les als afgerond": a toggle saved per lesson; opening the lesson also records the visit. */
class LessonDone extends HTMLElement {
  connectedCallback() {
    const store = getStore();
    const lesson = this.dataset['lesson'] ?? '';
    const button = this.querySelector('button');
    const label = this.querySelector('[data-label]');
    if (!button || !label) return;
    const t = readStrings<ProgressKey>(this);
    const sync = () => {
      const done = lesson in store.state.done;
      button.setAttribute('aria-pressed', String(done));
      label.textContent = t(done ? 'progress.isDone' : 'progress.markDone');
    };
    button.addEventListener('click', () => {
      store.update((s) => {
        if (lesson in s.done) delete s.done[lesson];
        else s.done[lesson] = new Date().toISOString();
      });
    });
    store.update((s) => void (s.visited[lesson] = new Date().toISOString()));
    store.subscribe(sync);
    sync();
    button.disabled = false;
  }
}

/** "2 van 4 lessen afgerond" for a module or the whole course. */
class Progress extends HTMLElement {
  connectedCallback() {
    const store = getStore();
    const lessons = (this.dataset['lessons'] ?? '').split(' ').filter(Boolean);
    const t = readStrings<ProgressKey>(this);
    const sync = () => {
      const n = lessons.filter((id) => id in store.state.done).length;
      this.textContent = t('progress.count', { n, total: lessons.length });
      this.hidden = false;
    };
    store.subscribe(sync);
    sync();
  }
}

/** "Verder waar je gebleven was": a link to the lesson opened most recently. */
class Continue extends HTMLElement {
  connectedCallback() {
    const lessons = JSON.parse(this.dataset['lessons'] ?? '{}') as Record<string, { title: string; href: string }>;
    const visits = Object.entries(getStore().state.visited)
      .filter(([id]) => id in lessons)
      .sort(([, a], [, b]) => b.localeCompare(a));
    const last = visits[0] && lessons[visits[0][0]];
    const link = this.querySelector('a');
    if (!last || !link) return;
    link.href = last.href;
    const title = link.querySelector('[data-title]');
    if (title) title.textContent = last.title;
    this.hidden = false;
  }
}

customElements.define('bb-lesson-done', LessonDone);
customElements.define('bb-progress', Progress);
customElements.define('bb-continue', Continue);
