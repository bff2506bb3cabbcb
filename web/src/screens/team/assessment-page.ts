import { ApiError, SessionEnded, type ApiClient } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { confirmAction } from '../../core/confirm.ts';
import { h } from '../../core/dom.ts';
import { formatInstant, formatNumber } from '../../core/format.ts';
import { ASSESSMENT_STATUS_LABELS, PREDIKAT_LABELS, statusTone } from '../../core/labels.ts';
import type { Assessment, AssessmentWorkspace } from '../../core/types.ts';
import { errorNotice, notice, reasonOf, show } from '../../core/ui.ts';
import type { ScreenContext } from '../screen.ts';
import { createAssessmentControls, FORM_ID } from './assessment-fields.ts';
import { policyHints, previewPredikat, validateAssessment, type AssessmentErrors, type ValidBody } from './assessment-model.ts';
import { indicatorsCard } from './indicator-table.ts';
import { memberHeader } from './member-header.ts';
import { finalizeAssessment, loadWorkspace, saveAssessment } from './team-api.ts';

/**
 * The assessment of one team member for one period: achievements per indicator and the suggested Hasil Kerja,
 * the seven BerAKHLAK values with their guides, the overall Perilaku, feedback, and a live predikat preview.
 * "Simpan draf" saves (optimistic version; a 409 asks to reload), "Finalkan" saves if needed then locks it.
 */
export function mountAssessment(main: HTMLElement, { api }: ScreenContext, periodId: string, nip: string): void {
  const header = memberHeader(api, periodId, nip, 'penilaian');
  const body = h('div', { class: 'assessment-body' }, h('p', { class: 'loading', role: 'status' }, 'Memuat penilaian…'));
  main.replaceChildren(header.element, body);

  const load = async (afterReload?: string) => {
    try {
      const workspace = await loadWorkspace(api, nip, periodId);
      renderWorkspace(body, api, workspace, load);
      if (afterReload) {
        show(body.querySelector<HTMLElement>('.form-status')!, notice('success', afterReload));
        announce(afterReload);
        const heading = body.querySelector<HTMLElement>('#preview-title');
        heading?.setAttribute('tabindex', '-1');
        heading?.focus();
      }
    } catch (error) {
      if (error instanceof SessionEnded) return;
      body.replaceChildren(errorNotice('Penilaian tidak dapat dimuat.', error, () => void load()));
    }
  };
  void load();
}

function renderWorkspace(body: HTMLElement, api: ApiClient, workspace: AssessmentWorkspace, reload: (message?: string) => Promise<void>): void {
  const { employee, period, suggestion, berakhlak } = workspace;
  let assessment = workspace.assessment;
  let dirty = false;
  const editable = (period.status === 'OPEN' || workspace.lateAssessment) && assessment?.status !== 'FINAL';
  const controls = createAssessmentControls(workspace, assessment, () => (dirty = true));

  const statusLine = h('div', { class: 'assessment-status' });
  const alert = h('div', { class: 'form-alert', role: 'alert' });
  const status = h('div', { class: 'form-status', role: 'status' });
  const save = h('button', { type: 'submit', class: 'button secondary' }, 'Simpan draf');
  const finalize = h('button', { type: 'button', class: 'button primary' }, 'Finalkan');
  const updateStatus = () => {
    const code = assessment?.status ?? 'BELUM_DINILAI';
    statusLine.replaceChildren(
      h('span', { class: statusTone(code) }, ASSESSMENT_STATUS_LABELS[code]),
      h(
        'span',
        { class: 'sub' },
        assessment
          ? `${assessment.status === 'FINAL' && assessment.finalizedAt ? `Difinalkan ${formatInstant(assessment.finalizedAt)}` : `Disimpan ${formatInstant(assessment.updatedAt)}`} · predikat tersimpan ${PREDIKAT_LABELS[assessment.predikat]} · nilai ${formatNumber(assessment.score)}`
          : 'Belum pernah disimpan.',
      ),
    );
  };
  updateStatus();

  const form = h(
    'form',
    { class: 'assessment-form', id: FORM_ID, novalidate: true, 'aria-labelledby': 'assessment-form-title' },
    h('h2', { id: 'assessment-form-title', class: 'visually-hidden' }, 'Formulir penilaian'),
    h('div', { class: 'assessment-main' }, indicatorsCard(workspace, policyHints(suggestion.policyVersion)), controls.hasilKerjaCard, controls.perilakuCard, controls.feedbackCard),
    h(
      'aside',
      { class: 'assessment-side card', 'aria-labelledby': 'preview-title' },
      h('h2', { id: 'preview-title' }, 'Pratinjau predikat'),
      controls.preview,
      controls.previewDetail,
      statusLine,
      alert,
      editable ? h('div', { class: 'form-actions' }, save, finalize) : null,
      status,
    ),
  );
  const lockedNotice =
    assessment?.status === 'FINAL'
      ? notice('success', `Penilaian ini sudah final${assessment.finalizedAt ? ` sejak ${formatInstant(assessment.finalizedAt)}` : ''}; perubahan hanya melalui keberatan.`)
      : workspace.lateAssessment
        ? notice('info', `Periode ${period.name} sudah ditutup, tetapi pegawai ini belum dinilai. Penilaian yang Anda finalkan sekarang menjadi hasil periode ini, dan pegawai menerima pemberitahuannya.`)
        : period.status !== 'OPEN'
          ? notice('info', `Periode ${period.name} sudah ditutup; penilaian tidak dapat diubah lagi.`)
          : null;
  body.replaceChildren(h('p', { class: 'sub' }, `${employee.jabatan} · Golongan ${employee.golongan}`), ...(lockedNotice ? [lockedNotice] : []), form);
  if (!editable) {
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) control.disabled = true;
    return;
  }

  let working = false;
  const setWorking = (value: boolean) => {
    working = value;
    for (const button of [save, finalize]) button.setAttribute('aria-disabled', String(value));
    form.setAttribute('aria-busy', String(value));
  };

  const refused = (error: unknown) => {
    if (error instanceof ApiError && error.status === 409 && error.code === 'CONFLICT') {
      show(
        alert,
        h(
          'div',
          { class: 'notice error' },
          h('p', {}, error.message),
          h('p', {}, 'Muat ulang penilaian untuk melihat versi terbaru; isian Anda yang belum tersimpan akan hilang.'),
          h('button', { type: 'button', class: 'button secondary small', onclick: () => void reload('Penilaian dimuat ulang dari versi terbaru.') }, 'Muat ulang penilaian'),
        ),
      );
      return;
    }
    const fieldErrors: AssessmentErrors = {};
    if (error instanceof ApiError) for (const detail of error.fields) fieldErrors[detail.field] ??= detail.message;
    controls.showErrors(fieldErrors);
    show(alert, notice('error', `Penilaian ditolak server: ${reasonOf(error)}`));
  };

  const checked = (refusal: string) => {
    const result = validateAssessment(controls.read(), suggestion.hasilKerja, berakhlak);
    if (!result.ok) {
      controls.showErrors(result.errors);
      show(alert, notice('error', refusal));
      return undefined;
    }
    controls.showErrors({});
    return result.body;
  };

  /** Saves what is on the form unless it is already stored as it is; returns the stored assessment. */
  const saveIfNeeded = async (valid: ValidBody, force: boolean): Promise<Assessment> => {
    if (!force && !dirty && assessment) return assessment;
    const saved = await saveAssessment(api, employee.nip, period.periodId, { ...valid, version: assessment?.version ?? 0 });
    assessment = saved;
    dirty = false;
    updateStatus();
    return saved;
  };

  const run = async (button: HTMLButtonElement, busyText: string, work: () => Promise<void>) => {
    const label = button.textContent;
    setWorking(true);
    button.textContent = busyText;
    try {
      await work();
    } catch (error) {
      if (!(error instanceof SessionEnded)) refused(error);
    } finally {
      button.textContent = label;
      setWorking(false);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (working) return;
    show(alert);
    show(status);
    const valid = checked('Penilaian belum disimpan. Periksa isian yang ditandai.');
    if (!valid) return;
    void run(save, 'Menyimpan…', async () => {
      const saved = await saveIfNeeded(valid, true);
      const text = `Draf penilaian tersimpan (predikat ${PREDIKAT_LABELS[saved.predikat]}).`;
      show(status, notice('success', text));
      announce(text);
    });
  });

  finalize.addEventListener('click', () => {
    if (working) return;
    show(alert);
    show(status);
    const valid = checked('Penilaian belum dapat difinalkan. Lengkapi isian yang ditandai.');
    if (!valid) return;
    void (async () => {
      const predikat = previewPredikat(valid.hasilKerja.rating, valid.perilaku.rating)!;
      const confirmed = await confirmAction({
        title: 'Finalkan penilaian?',
        body: [
          h('p', {}, `${employee.name} akan menerima predikat `, h('strong', {}, PREDIKAT_LABELS[predikat]), ` untuk periode ${period.name}.`),
          'Setelah final, penilaian tidak dapat diubah lagi kecuali melalui keberatan.',
        ],
        confirmLabel: 'Ya, finalkan',
      });
      if (!confirmed || working) return;
      await run(finalize, 'Memfinalkan…', async () => {
        const saved = await saveIfNeeded(valid, false);
        const final = await finalizeAssessment(api, employee.nip, period.periodId, saved.version);
        await reload(`Penilaian ${employee.name} sudah final dengan predikat ${PREDIKAT_LABELS[final.predikat]}.`);
      });
    })();
  });
}
