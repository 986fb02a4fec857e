import { getStore, type ReflectionValue } from '~/client/store';

const SAVE_DELAY = 400;

/** Reads a prompt's controls into the value saved in the store (see `ReflectionValue`). */
function read(prompt: HTMLElement): ReflectionValue | undefined {
  switch (prompt.dataset['kind']) {
    case 'open':
      return prompt.querySelector('textarea')?.value ?? '';
    case 'scale': {
      const checked = prompt.querySelector<HTMLInputElement>('input:checked');
      return checked ? Number(checked.value) : undefined;
    }
    case 'checklist':
      return [...prompt.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    default:
      return Object.fromEntries(
        [...prompt.querySelectorAll<HTMLTextAreaElement>('textarea[data-cell]')].map((c) => [
          c.dataset['cell'] ?? '',
          c.value,
        ]),
      );
  }
}

/** Puts a saved value back into the controls; the field being typed in is left alone. */
function write(prompt: HTMLElement, value: ReflectionValue | undefined): void {
  const active = document.activeElement;
  if (prompt.dataset['kind'] === 'open') {
    const area = prompt.querySelector('textarea');
    if (area && area !== active) area.value = typeof value === 'string' ? value : '';
    return;
  }
  for (const input of prompt.querySelectorAll<HTMLInputElement>('input')) {
    input.checked = Array.isArray(value) ? value.includes(input.value) : String(value) === input.value;
  }
  const cells = typeof value === 'object' && !Array.isArray(value) ? value : {};
  for (const cell of prompt.querySelectorAll<HTMLTextAreaElement>('textarea[data-cell]')) {
    if (cell !== active) cell.value = cells[cell.dataset['cell'] ?? ''] ?? '';
  }
}

class Reflection extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    const store = getStore();
    const lesson = this.dataset['lesson'] ?? '';
    const status = this.querySelector<HTMLElement>('[data-status]');
    const prompts = [...this.querySelectorAll<HTMLElement>('[data-prompt]')];
    const fill = () => prompts.forEach((p) => write(p, store.state.reflections[lesson]?.[p.dataset['prompt'] ?? '']));
    const say = (text: string | undefined) => {
      if (status) status.textContent = text ?? '';
    };

    const save = () => {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      const saved = store.update((s) => {
        const answers = (s.reflections[lesson] ??= {});
        for (const p of prompts) {
          const value = read(p);
          const id = p.dataset['prompt'] ?? '';
          if (value === undefined) delete answers[id];
          else answers[id] = value;
        }
      });
      say(saved ? this.dataset['saved'] : this.dataset['notSaved']);
    };

    fill();
    this.addEventListener('input', () => {
      say(this.dataset['saving']);
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
    if (store.status === 'unavailable') say(this.dataset['notSaved']);
    for (const control of this.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea, input'))
      control.disabled = false;
  }
}

customElements.define('bb-reflection', Reflection);
