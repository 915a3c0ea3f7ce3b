// The portal's pages: plain JavaScript, no build step. Everything shown comes from the API, which
// sends only what the signed-in person may see.
'use strict';

const $ = (selector) => document.querySelector(selector);

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'class') node.className = value; else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

async function api(path, options = {}) {
  const response = await fetch(path, {
    credentials: 'same-origin',
    headers: options.body ? { 'Content-Type': 'application/json' } : {},
    ...options,
  });
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new Error(body && body.error ? body.error : response.statusText);
    error.status = response.status;
    throw error;
  }
  return body;
}

function card(title, ...content) {
  return element('section', { class: 'card', id: title.toLowerCase().replace(/[^a-z0-9]+/g, '-') },
    element('h2', {}, title), ...content);
}

function dutiesTable(duties, withSubject) {
  if (duties.length === 0) return element('p', { class: 'hint' }, 'Nothing here.');
  const head = element('tr', {}, ...(withSubject ? ['Who'] : []).concat(['Duty', 'State', 'Due', 'Why'])
    .map((h) => element('th', {}, h)));
  const rows = duties.map((d) => element('tr', { 'data-duty': d.id },
    ...(withSubject ? [element('td', {}, d.subject)] : []),
    element('td', {}, d.title, d.period ? element('div', { class: 'explanation' }, d.period) : ''),
    element('td', { class: 'state state-' + d.state }, d.state.replace('_', ' ').toLowerCase()),
    element('td', {}, d.due || ''),
    element('td', { class: 'explanation' }, d.explanation)));
  return element('table', {}, element('thead', {}, head), element('tbody', {}, ...rows));
}

function complianceTable(rows, label) {
  const head = element('tr', {}, ...[label, 'Kept', 'Broken', 'Open', 'Compliance'].map((h) => element('th', {}, h)));
  return element('table', { class: 'compliance' }, element('thead', {}, head), element('tbody', {},
    ...rows.map((c) => element('tr', { 'data-id': c.id }, element('td', {}, c.name + ' (' + c.id + ')'),
      element('td', {}, c.fulfilled), element('td', {}, c.violated), element('td', {}, c.open),
      element('td', {}, Math.round(c.rate * 100) + '%')))));
}

function placementsTable(placements) {
  if (placements.length === 0) return element('p', { class: 'hint' }, 'No placement you may see.');
  const head = element('tr', {}, ...['Trainee', 'Kind', 'From', 'Until'].map((h) => element('th', {}, h)));
  return element('table', {}, element('thead', {}, head), element('tbody', {}, ...placements.map((p) =>
    element('tr', { 'data-student': p.student }, element('td', {}, p.student), element('td', {}, p.kind.replace('_', ' ').toLowerCase()),
      element('td', {}, p.startDate), element('td', {}, p.endDate || '')))));
}

function eventsTable(events) {
  if (events.length === 0) return element('p', { class: 'hint' }, 'Nothing you may see.');
  const head = element('tr', {}, ...['Day', 'Trainee', 'What'].map((h) => element('th', {}, h)));
  return element('table', {}, element('thead', {}, head), element('tbody', {}, ...events.map((e) =>
    element('tr', { 'data-event': e.id }, element('td', {}, e.date), element('td', {}, e.student || ''),
      element('td', {}, e.type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())))));
}

function chart(points) {
  const width = 640, height = 200, pad = 30;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('id', 'compliance-chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Compliance at the end of each month');
  const line = (x1, y1, x2, y2) => {
    const l = document.createElementNS(svg.namespaceURI, 'line');
    Object.entries({ x1, y1, x2, y2, class: 'axis' }).forEach(([k, v]) => l.setAttribute(k, v));
    svg.append(l);
  };
  const label = (x, y, text) => {
    const t = document.createElementNS(svg.namespaceURI, 'text');
    t.setAttribute('x', x); t.setAttribute('y', y); t.textContent = text; svg.append(t);
  };
  line(pad, height - pad, width - 5, height - pad);
  line(pad, 5, pad, height - pad);
  // The axis starts at the lowest tenth reached, so that a programme near 100% still shows its dips.
  const lowest = points.length === 0 ? 0 : Math.min(0.9, Math.floor(Math.min(...points.map((p) => p.rate)) * 10) / 10);
  label(2, 12, '100%'); label(2, height - pad, Math.round(lowest * 100) + '%');
  if (points.length > 0) {
    const x = (i) => pad + (points.length === 1 ? 0 : i * (width - pad - 10) / (points.length - 1));
    const y = (rate) => height - pad - (rate - lowest) / (1 - lowest) * (height - pad - 10);
    const path = document.createElementNS(svg.namespaceURI, 'polyline');
    path.setAttribute('class', 'line');
    path.setAttribute('points', points.map((p, i) => `${x(i)},${y(p.rate)}`).join(' '));
    svg.append(path);
    label(pad, height - 8, points[0].day);
    label(width - 80, height - 8, points[points.length - 1].day);
  }
  return svg;
}

async function proposalsCard(proposals, onDecided) {
  if (proposals.length === 0) return card('Proposals', element('p', { class: 'hint' }, 'No proposals.'));
  const rows = proposals.map((p) => {
    const cell = element('td', {});
    if (p.mayDecide) {
      for (const decision of ['APPROVED', 'REJECTED']) {
        const button = element('button', { type: 'button', 'data-decide': decision }, decision.toLowerCase());
        button.addEventListener('click', async () => {
          await api('/api/proposals/decision', { method: 'POST',
            body: JSON.stringify({ key: p.key, decision, reasons: 'decided in the portal' }) });
          onDecided();
        });
        cell.append(button, ' ');
      }
    }
    return element('tr', { 'data-proposal': p.key }, element('td', {}, p.subject), element('td', {}, p.label),
      element('td', { class: 'explanation' }, p.reasons.join('; ')), cell);
  });
  return card('Proposals', element('table', {}, element('tbody', {}, ...rows)));
}

function meetingForm(me, students, showDuties) {
  const select = element('select', { id: 'meeting-student' }, ...students.map((s) => element('option', { value: s.id }, s.name + ' (' + s.id + ')')));
  const date = element('input', { id: 'meeting-date', type: 'date', value: me.today, required: '' });
  const kind = element('select', { id: 'meeting-kind' }, ...[['SUPERVISION', 'supervision'],
    ['PROGRESS_DEBRIEFING', 'progress debriefing'], ['DISSERTATION_DEBRIEFING', 'dissertation debriefing'],
    ['FULL_TEAM', 'full team']].map(([value, text]) => element('option', { value }, text)));
  const topic = element('input', { id: 'meeting-topic', value: 'progress of the research plan' });
  const message = element('p', { id: 'meeting-message', role: 'status' });
  const form = element('form', { id: 'record-meeting' }, element('label', {}, 'Trainee ', select),
    element('label', {}, 'Kind ', kind), element('label', {}, 'Date ', date), element('label', {}, 'Subject ', topic),
    element('button', { type: 'submit' }, 'Record meeting'), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const student = select.value;
    const meeting = { type: 'SupervisionMeetingHeld', id: 'M-' + student + '-' + Date.now(), date: date.value,
      student, kind: kind.value, attendees: [{ student }, { tutor: me.person }], subjects: [topic.value] };
    try {
      await api('/api/events', { method: 'POST', body: JSON.stringify(meeting) });
      message.className = ''; message.textContent = 'Meeting recorded.';
      showDuties(student);
    } catch (e) {
      message.className = 'error'; message.textContent = e.message;
    }
  });
  select.addEventListener("change", () => showDuties(select.value));
  return card('Record a meeting', form);
}

async function render(me) {
  const app = $('#app');
  app.replaceChildren();
  $('#sign-in-page').hidden = true;
  app.hidden = false;
  $('#who').hidden = false;
  $('#who-name').textContent = me.name + ' · ' + me.role.replace('_', ' ').toLowerCase() + ' · ' + me.today;
  app.dataset.role = me.role;
  const reload = () => render(me);
  if (me.role === 'TRAINEE') {
    app.append(card('My duties', dutiesTable(await api(`/api/students/${me.person}/duties`), false)));
  } else if (me.role === 'TUTOR') {
    const students = await api('/api/students');
    app.append(card('My trainees', complianceTable(students, 'Trainee')));
    const due = element('div', { id: 'due-soon' }, dutiesTable(await api('/api/due?days=30'), true));
    app.append(card('Due within 30 days', due));
    const duties = element('div', { id: 'trainee-duties' });
    // After a meeting is recorded (or another trainee chosen) both lists are read again.
    const showDuties = async (student) => {
      duties.replaceChildren(dutiesTable(await api(`/api/students/${student}/duties`), false));
      due.replaceChildren(dutiesTable(await api('/api/due?days=30'), true));
    };
    app.append(meetingForm(me, students, showDuties), card('Duties of the trainee', duties));
    if (students.length > 0) await showDuties(students[0].id);
  } else if (me.role === 'PROGRAMME_OFFICE' || me.role === 'DISCIPLINARY_BODY') {
    const dashboard = await api('/api/dashboard');
    app.append(card('Compliance over time', chart(dashboard.overTime)));
    app.append(await proposalsCard(dashboard.proposals, reload));
    app.append(card('Compliance per trainee', complianceTable(dashboard.trainees, 'Trainee')));
    app.append(card('Compliance per tutor', complianceTable(dashboard.tutors, 'Tutor')));
    app.append(card('Violations', dutiesTable(dashboard.violations, true)));
  } else {
    const seen = await api('/api/record');
    app.append(card('Placements with us', placementsTable(seen.placements)));
    app.append(card('Records you may see', eventsTable(seen.events)));
  }
}

document.addEventListener('DOMContentLoaded', async () => {
  $('#sign-in').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const me = await api('/api/sign-in', { method: 'POST',
        body: JSON.stringify({ username: $('#username').value, password: $('#password').value }) });
      $('#sign-in-error').textContent = '';
      await render(me);
    } catch (e) {
      $('#sign-in-error').textContent = e.message;
    }
  });
  $('#sign-out').addEventListener('click', async () => {
    await api('/api/sign-out', { method: 'POST' });
    location.reload();
  });
  try {
    await render(await api('/api/me'));
  } catch (e) {
    // Not signed in: the sign-in form stays.
  }
});
