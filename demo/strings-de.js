// The German wording of the elements (the tables of `registerStrings('de', …)`), in a module of its own
// with no imports: the docs page registers it in the browser (docs-de.js), and `npm start` and the static
// check give it to the renderer (its `strings` option), so the prerendered page is German too and
// hydrates showing what it was rendered with.
const list = (items) => new Intl.ListFormat('de', { type: 'conjunction' }).format(items);
const byShare = (entries) => [...entries].sort((a, b) => b.percent - a.percent);

/** @type {import('../src/internal/i18n.ts').Translation} */
export const germanStrings = {
  term: { outsidersSay: 'Außenstehende sagen:', fullEntry: 'Ganzer Eintrag', noHoverOpening: 'Nicht beim Überfahren öffnen' },
  demographics: {
    titles: { platforms: 'Plattformen', gender: 'Geschlecht', age: 'Alter' },
    categoryHeaders: { platforms: 'Plattform', gender: 'Geschlecht', age: 'Altersgruppe' },
    shareHeader: 'Anteil der Community',
    tableCaption: (title, profileName) => `${title} in der Community „${profileName}“, in Prozent`,
    showTable: 'Tabelle zeigen',
    hideTable: 'Tabelle ausblenden',
    notItemised: 'Nicht aufgeschlüsselt',
    tools: { csv: 'CSV herunterladen', copy: 'Tabelle kopieren', svg: 'SVG herunterladen', png: 'PNG herunterladen', play: 'Abspielen', stop: 'Stopp' },
    noData: (title) => `${title}: Dieses Profil enthält keine Daten für dieses Diagramm.`,
    captions: {
      platforms: (itemised, rest) =>
        `Plattformen: ${list(itemised.map((entry) => `${entry.label} ${entry.value}`))}` + (rest ? `; die übrigen ${rest} schlüsselt die Quelle nicht auf.` : '.'),
      gender: (entries) => `Geschlecht: ${list(byShare(entries).map((entry) => `${entry.label} ${entry.value}`))}.`,
      age: (entries) => {
        const [largest, next] = byShare(entries);
        return `Alter: Die größte Gruppe ist ${largest.label} (${largest.value}), gefolgt von ${next.label} (${next.value}).`;
      },
    },
  },
  chartTools: {
    percentColumn: (shareHeader) => `${shareHeader} (%)`,
    itemisedColumn: 'In der Quelle aufgeschlüsselt',
    yes: 'ja',
    no: 'nein',
    source: (profileName) => `Quelle: Community-Profil „${profileName}“`,
    copied: 'Tabelle kopiert.',
    copyFailed: 'Die Tabelle konnte nicht kopiert werden: Der Browser hat den Zugriff auf die Zwischenablage nicht erlaubt.',
    saved: (file) => `Gespeichert als ${file}.`,
    pngFailed: 'Das PNG konnte in diesem Browser nicht erstellt werden.',
    noAudio: 'Zum Abspielen braucht das Diagramm Web Audio, das dieser Browser nicht bietet.',
    played: 'Ende des Diagramms.',
  },
  feedback: {
    loading: 'Wird geladen …',
    notHelpful: 'Nicht hilfreich',
    veryHelpful: 'Sehr hilfreich',
    thumbsUp: 'Hilfreich',
    thumbsDown: 'Nicht hilfreich',
    positiveReasons: [
      { id: 'clear', label: 'Leicht verständlich' },
      { id: 'accurate', label: 'Korrekt' },
      { id: 'answered', label: 'Hat meine Frage beantwortet' },
      { id: 'examples', label: 'Nützliche Beispiele' },
    ],
    negativeReasons: [
      { id: 'unclear', label: 'Schwer verständlich' },
      { id: 'inaccurate', label: 'Falsch oder veraltet' },
      { id: 'missing', label: 'Es fehlen Informationen' },
      { id: 'off-topic', label: 'Hat meine Frage nicht beantwortet' },
    ],
    reasonsPositive: 'Was hat Ihnen gefallen? (optional)',
    reasonsNegative: 'Was könnte besser sein? (optional)',
    commentLabel: 'Sonst noch etwas? (optional)',
    privacyHint: 'Bitte keine persönlichen Daten angeben.',
    counter: (used, limit) => `${used} / ${limit} Zeichen`,
    submit: 'Absenden',
    sending: 'Wird gesendet …',
    thanks: 'Danke für Ihr Feedback!',
    sent: 'Ihre Antwort wurde gesendet.',
    change: 'Antwort ändern',
  },
};
