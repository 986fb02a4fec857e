import { getStore } from '~/client/store';
import { readStrings } from '~/client/strings';
import { continueWith } from './progress';
import type { ProgressKey } from './strings';

/** "Markeer deze les als afgerond": a toggle saved per lesson; opening the lesson also records the visit. */
class LessonDone extends HTMLElement {
  connectedCallback() {
    const store = getStore();
    const lesson = this.dataset['lesson'] ?? '';
    const button = this.querySelector('button');
    const label = this.querySelector('[data-label]');
    const next = this.querySelector<HTMLElement>('[data-next]');
    if (!button || !label) return;
    const t = readStrings<ProgressKey>(this);
    const sync = () => {
      const done = lesson in store.state.done;
      button.setAttribute('aria-pressed', String(done));
      label.textContent = t(done ? 'progress.isDone' : 'progress.markDone');
      // The next lesson right where the learner finished, instead of far below at the pager.
      if (next) next.hidden = !done;
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

/** "2 van 4 lessen afgerond" with a bar, for a module or the whole course. */
class Progress extends HTMLElement {
  connectedCallback() {
    const store = getStore();
    const lessons = (this.dataset['lessons'] ?? '').split(' ').filter(Boolean);
    const t = readStrings<ProgressKey>(this);
    const text = this.querySelector('[data-text]');
    const bar = this.querySelector('progress');
    const sync = () => {
      const n = lessons.filter((id) => id in store.state.done).length;
      if (text) text.textContent = t('progress.count', { n, total: lessons.length });
      if (bar) bar.value = n;
      // The course-wide bar on the home page waits until there is something to show.
      this.hidden = n === 0 && 'hideEmpty' in this.dataset;
    };
    store.subscribe(sync);
    sync();
  }
}

/** A check mark and "afgerond" beside every finished lesson of a list. */
class DoneMarks extends HTMLElement {
  connectedCallback() {
    const store = getStore();
    const t = readStrings<ProgressKey>(this);
    const sync = () => {
      for (const item of this.querySelectorAll<HTMLElement>('[data-lesson]')) {
        const mark = item.querySelector<HTMLElement>('[data-done-mark]');
        if (!mark) continue;
        const done = (item.dataset['lesson'] ?? '') in store.state.done;
        mark.hidden = !done;
        mark.textContent = done ? `✓ ${t('progress.doneMark')}` : '';
      }
    };
    store.subscribe(sync);
    sync();
  }
}

/** "Verder waar je gebleven was": see `continueWith`. */
class Continue extends HTMLElement {
  connectedCallback() {
    const lessons = JSON.parse(this.dataset['lessons'] ?? '{}') as Record<string, { title: string; href: string }>;
    const { visited, done } = getStore().state;
    const id = continueWith(Object.keys(lessons), visited, done);
    const last = id && lessons[id];
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
customElements.define('bb-done-marks', DoneMarks);
