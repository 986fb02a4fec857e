import { getStore } from '~/client/store';
import { readStrings } from '~/client/strings';
import { controlsOf } from './kinds';
import type { ReflectionKey } from './strings';

const SAVE_DELAY = 400;

class Reflection extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    const store = getStore();
    const lesson = this.dataset['lesson'] ?? '';
    const status = this.querySelector<HTMLElement>('[data-status]');
    const prompts = [...this.querySelectorAll<HTMLElement>('[data-prompt]')];
    const t = readStrings<ReflectionKey>(this);
    const fill = () =>
      prompts.forEach((p) =>
        controlsOf(p).write(p, store.state.reflections[lesson]?.[p.dataset['prompt'] ?? ''], document.activeElement),
      );
    const say = (text: string) => {
      if (status) status.textContent = text;
    };

    const save = () => {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      const saved = store.update((s) => {
        const answers = (s.reflections[lesson] ??= {});
        for (const p of prompts) {
          const value = controlsOf(p).read(p);
          const id = p.dataset['prompt'] ?? '';
          if (value === undefined) delete answers[id];
          else answers[id] = value;
        }
      });
      say(saved ? t('reflection.saved') : t('reflection.notSaved'));
    };

    fill();
    this.addEventListener('input', () => {
      say(t('reflection.saving'));
      clearTimeout(this.#timer);
      this.#timer = setTimeout(save, SAVE_DELAY);
    });
    // Leaving the page right after typing must not lose the last words.
    window.addEventListener('pagehide', () => {
      if (this.#timer !== undefined) save();
    });
    // Another tab or part of the page saved: refresh, unless this block still has typing to save.
    store.subscribe(() => {
      if (this.#timer === undefined) fill();
    });
    if (store.status === 'unavailable') say(t('reflection.notSaved'));
    for (const control of this.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea, input'))
      control.disabled = false;
  }
}

customElements.define('bb-reflection', Reflection);
