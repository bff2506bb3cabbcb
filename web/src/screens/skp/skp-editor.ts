import { ApiError, SessionEnded, type ApiClient } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { h } from '../../core/dom.ts';
import { field, type Field } from '../../core/fields.ts';
import type { Skp } from '../../core/types.ts';
import { notice, reasonOf, show } from '../../core/ui.ts';
import { LIMITS, newIndicator, newRhk, validateSkp, type IndicatorDraft, type RhkDraft, type SkpErrors } from './skp-model.ts';
import { ASPEK_LABELS, DIRECTION_LABELS, RHK_KIND_LABELS } from './skp-view.ts';

/** The editor of RHK rows and their indicators; the rows array is the state, the DOM is redrawn when rows are added or removed. */
export function createEditor(api: ApiClient, year: number, skp: Skp | null, rows: RhkDraft[], reload: (message?: string) => Promise<void>, onCancel?: () => void): HTMLElement {
  const list = h('div', { class: 'rhk-list' });
  const alert = h('div', { class: 'form-alert', role: 'alert' });
  const status = h('div', { class: 'form-status', role: 'status' });
  const addRow = h('button', { type: 'button', class: 'button secondary' }, 'Tambah RHK');
  const save = h('button', { type: 'submit', class: 'button secondary' }, 'Simpan rancangan');
  const submit = h('button', { type: 'button', class: 'button primary' }, 'Ajukan ke atasan');
  const cancel = onCancel ? h('button', { type: 'button', class: 'button secondary', onclick: onCancel }, 'Batal') : null;
  const form = h(
    'form',
    { class: 'skp-editor card', novalidate: true, 'aria-labelledby': 'skp-editor-title' },
    h('h2', { id: 'skp-editor-title', tabindex: -1 }, skp?.status === 'APPROVED' ? `Revisi SKP ${year}` : `Rancangan SKP ${year}`),
    h('p', { class: 'muted' }, 'Setiap RHK memerlukan paling sedikit satu indikator. Target berlaku untuk setahun dan ditulis sebagai angka, mis. 12 atau 12,5. Isian bertanda (wajib) harus diisi.'),
    list,
    h('div', { class: 'form-actions' }, addRow),
    alert,
    h('div', { class: 'form-actions skp-actions' }, save, skp?.status === 'APPROVED' ? null : submit, cancel),
    status,
  );

  let fields = new Map<string, Field>();
  let version = skp?.version ?? 0;
  let dirty = skp === null;

  const redraw = (focusPath?: string) => {
    fields = new Map();
    list.replaceChildren(...rows.map((row, i) => rhkFieldset(row, i)));
    addRow.hidden = rows.length >= LIMITS.rows;
    if (focusPath) fields.get(focusPath)?.control.focus();
  };

  const bind = (path: string, spec: Parameters<typeof field>[1], read: (value: string) => void): Field => {
    const f = field('skp', { ...spec, name: path.replace(/\./g, '-') });
    f.control.addEventListener(f.control instanceof HTMLSelectElement ? 'change' : 'input', () => {
      read(f.control.value);
      dirty = true;
    });
    fields.set(path, f);
    return f;
  };

  const select = (options: Readonly<Record<string, string>>, value: string) =>
    h('select', {}, ...Object.entries(options).map(([code, label]) => h('option', { value: code, selected: code === value }, label)));

  function rhkFieldset(row: RhkDraft, i: number): HTMLElement {
    const at = `rhk.${i}`;
    const kind = bind(`${at}.kind`, { name: '', label: 'Jenis RHK', control: select(RHK_KIND_LABELS, row.kind) }, (v) => (row.kind = v as RhkDraft['kind']));
    const text = bind(`${at}.text`, { name: '', label: 'Rencana hasil kerja', required: true, control: h('textarea', { rows: 3, maxlength: LIMITS.text }) }, (v) => (row.text = v));
    text.control.value = row.text;
    const indicatorsError = h('p', { class: 'field-error', id: `skp-${at}-indicators-error`, hidden: true, 'data-error-for': `${at}.indicators` });
    const addIndicator = h('button', { type: 'button', class: 'button secondary small' }, 'Tambah indikator', h('span', { class: 'visually-hidden' }, ` RHK ${i + 1}`));
    addIndicator.hidden = row.indicators.length >= LIMITS.indicators;
    addIndicator.addEventListener('click', () => {
      row.indicators.push(newIndicator(rows));
      dirty = true;
      redraw(`${at}.indicators.${row.indicators.length - 1}.name`);
    });
    const removeRow = h('button', { type: 'button', class: 'button danger small' }, `Hapus RHK ${i + 1}`);
    removeRow.hidden = rows.length <= 1;
    removeRow.addEventListener('click', () => {
      rows.splice(i, 1);
      dirty = true;
      redraw();
      announce(`RHK ${i + 1} dihapus.`);
      addRow.focus();
    });
    return h(
      'fieldset',
      { class: 'rhk-row', 'data-rhk': row.rhkId },
      h('legend', {}, `RHK ${i + 1}`, h('span', { class: 'code' }, ` kode ${row.rhkId}`)),
      h('div', { class: 'field-row rhk-head' }, kind.wrapper),
      text.wrapper,
      ...row.indicators.map((indicator, j) => indicatorFieldset(row, indicator, i, j)),
      indicatorsError,
      h('div', { class: 'form-actions' }, addIndicator, removeRow),
    );
  }

  function indicatorFieldset(row: RhkDraft, indicator: IndicatorDraft, i: number, j: number): HTMLElement {
    const at = `rhk.${i}.indicators.${j}`;
    const label = `${i + 1}.${j + 1}`;
    const name = bind(`${at}.name`, { name: '', label: 'Nama indikator', required: true, control: h('input', { type: 'text', maxlength: LIMITS.name }) }, (v) => (indicator.name = v));
    name.control.value = indicator.name;
    const aspek = bind(`${at}.aspek`, { name: '', label: 'Aspek', control: select(ASPEK_LABELS, indicator.aspek) }, (v) => (indicator.aspek = v as IndicatorDraft['aspek']));
    const target = bind(`${at}.target`, { name: '', label: 'Target', required: true, control: h('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off' }) }, (v) => (indicator.target = v));
    target.control.value = indicator.target;
    const satuan = bind(`${at}.satuan`, { name: '', label: 'Satuan', required: true, control: h('input', { type: 'text', maxlength: LIMITS.satuan, autocomplete: 'off' }) }, (v) => (indicator.satuan = v));
    satuan.control.value = indicator.satuan;
    const direction = bind(`${at}.direction`, { name: '', label: 'Arah capaian', control: select(DIRECTION_LABELS, indicator.direction) }, (v) => (indicator.direction = v as IndicatorDraft['direction']));
    const remove = h('button', { type: 'button', class: 'button danger small' }, `Hapus indikator ${label}`);
    remove.hidden = row.indicators.length <= 1;
    remove.addEventListener('click', () => {
      row.indicators.splice(j, 1);
      dirty = true;
      redraw(`rhk.${i}.text`);
      announce(`Indikator ${label} dihapus.`);
    });
    return h(
      'fieldset',
      { class: 'indicator-row', 'data-indicator': indicator.indicatorId },
      h('legend', {}, `Indikator ${label}`, h('span', { class: 'code' }, ` kode ${indicator.indicatorId}`)),
      name.wrapper,
      h('div', { class: 'field-row' }, target.wrapper, satuan.wrapper),
      h('div', { class: 'field-row' }, aspek.wrapper, direction.wrapper),
      remove.hidden ? null : h('div', { class: 'form-actions' }, remove),
    );
  }

  const showErrors = (errors: SkpErrors) => {
    let first: HTMLElement | undefined;
    for (const [path, f] of fields) {
      f.setError(errors[path]);
      if (errors[path] && !first) first = f.control;
    }
    for (const line of list.querySelectorAll<HTMLElement>('[data-error-for]')) {
      const message = errors[line.dataset.errorFor ?? ''];
      line.textContent = message ?? '';
      line.hidden = !message;
    }
    first?.focus();
  };

  addRow.addEventListener('click', () => {
    rows.push(newRhk(rows));
    dirty = true;
    redraw(`rhk.${rows.length - 1}.text`);
  });

  let working = false;
  const run = async (button: HTMLButtonElement, busyText: string, work: () => Promise<void>) => {
    if (working) return;
    working = true;
    const label = button.textContent;
    button.textContent = busyText;
    for (const b of [save, submit]) b.setAttribute('aria-disabled', 'true');
    show(alert);
    show(status);
    try {
      await work();
    } catch (error) {
      if (error instanceof SessionEnded) return;
      if (error instanceof ApiError) {
        const errors: SkpErrors = {};
        for (const detail of error.fields) errors[detail.field] ??= detail.message;
        showErrors(errors);
      }
      const conflict = error instanceof ApiError && error.status === 409 && error.code === 'CONFLICT';
      show(
        alert,
        h(
          'div',
          { class: 'notice error' },
          h('p', {}, `SKP ditolak server: ${reasonOf(error)}`),
          conflict ? h('button', { type: 'button', class: 'button secondary small', onclick: () => void reload('SKP dimuat ulang dari versi terbaru.') }, 'Muat ulang SKP') : null,
        ),
      );
    } finally {
      working = false;
      button.textContent = label;
      for (const b of [save, submit]) b.removeAttribute('aria-disabled');
    }
  };

  const checked = (forSubmit: boolean) => {
    const result = validateSkp(rows, forSubmit);
    if (!result.ok) {
      showErrors(result.errors);
      show(alert, notice('error', result.summary ?? 'SKP belum disimpan. Periksa isian yang ditandai.'));
      return undefined;
    }
    showErrors({});
    return result.rhk;
  };

  const persist = async (rhk: NonNullable<ReturnType<typeof checked>>) => {
    const saved = await api.put<Skp>(`/api/skp/${year}`, { rhk, version });
    version = saved.version;
    dirty = false;
    return saved;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(save, 'Menyimpan…', async () => {
      const rhk = checked(false);
      if (!rhk) return;
      await persist(rhk);
      await reload(`Rancangan SKP ${year} tersimpan.`);
    });
  });

  submit.addEventListener('click', () => {
    void run(submit, 'Mengajukan…', async () => {
      const rhk = checked(true);
      if (!rhk) return;
      if (dirty) await persist(rhk);
      await api.post<Skp>(`/api/skp/${year}/submit`, { version });
      await reload(`SKP ${year} diajukan ke atasan langsung.`);
    });
  });

  redraw();
  return form;
}
