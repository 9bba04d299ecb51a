import { expect } from '@open-wc/testing';
import profileJson from '../data/mlops.json';
import {
  bundledAge,
  bundledFeedbackQuestion,
  bundledGender,
  bundledPlatforms,
  bundledTerminology,
  bundledTools,
  filterToolsByTags,
  findTerm,
  findTool,
  itemisedPercent,
  loadBundledProfile,
  suggestTerm,
  suggestTool,
} from '../src/data/index.js';
import { compareNames } from '../src/elements/glossary/glossary-index.js';
import { formatPath, validateProfile } from '../src/data/validate.js';
import type { Profile } from '../src/data/types.js';

const profile = profileJson as Profile;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test breaks the dataset somewhere else, which no one type describes
const clone = (): Record<string, any> => structuredClone(profileJson);

describe('bundled dataset: schema', () => {
  it('validates against the zod schema', () => {
    const result = validateProfile(profileJson);
    expect(result.ok, result.ok ? '' : result.errors.join('\n')).to.equal(true);
  });

  it('names the path of a bad field', () => {
    const broken = clone();
    broken.terminology[3].insider = 42;
    const result = validateProfile(broken);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors).to.deep.equal(['terminology[3].insider: expected string, received number']);
  });

  it('names nested paths, missing fields and bad enum values', () => {
    const broken = clone();
    delete broken.personas[1].bio;
    broken.platforms.items[2].setting = 'metaverse';
    const result = validateProfile(broken);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.errors.some((error) => error.startsWith('personas[1].bio:'))).to.equal(true);
      expect(result.errors.some((error) => error.startsWith('platforms.items[2].setting:'))).to.equal(true);
    }
  });

  it('says which field is missing, which enum value is wrong, and caps a flood of errors', () => {
    const broken = clone();
    delete broken.tools.items[0].name;
    broken.platforms.items[0].setting = 'metaverse';
    broken.terminology[0].insider = '';
    let result = validateProfile(broken);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.errors).to.include('tools.items[0].name: expected string, but it is missing');
      expect(result.errors).to.include('platforms.items[0].setting: expected one of "online" | "offline"');
      expect(result.errors).to.include('terminology[0].insider: expected a non-empty string');
    }
    const flood = clone();
    flood.terminology = Array.from({ length: 100 }, () => ({ id: 'Not A Slug' }));
    result = validateProfile(flood);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.errors).to.have.length(21);
      expect(result.errors[20]).to.match(/^… and \d+ more problems$/);
    }
  });

  it('rejects non-objects at the root', () => {
    const result = validateProfile('not a profile');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors[0]).to.match(/^\(root\):/);
  });

  it('formats paths like a property access', () => {
    expect(formatPath(['tools', 'items', 0, 'tags', 2])).to.equal('tools.items[0].tags[2]');
    expect(formatPath([])).to.equal('(root)');
  });

  it('gives every list item a unique id within its list', () => {
    const lists: Array<readonly { id: string }[]> = [
      profile.keyFindings,
      profile.subGroups,
      profile.platforms.items,
      profile.gender,
      profile.age,
      profile.divides.segments,
      profile.terminology,
      profile.insideJokes,
      profile.sayings,
      profile.unwrittenRules,
      profile.personas,
      profile.tools.items,
      profile.firstSteps.steps,
      profile.welcomingPractices,
      profile.beginnerMistakes,
      profile.regionalDifferences,
      profile.misconceptions,
      profile.clothing,
    ];
    for (const list of lists) {
      const ids = list.map((item) => item.id);
      expect(new Set(ids).size, ids.join(',')).to.equal(ids.length);
    }
  });
});

describe('bundled dataset: exactly the seed', () => {
  it('has the identity of the profile', () => {
    expect(profile.name).to.equal('Machine Learning Operations (MLOps)');
    expect(profile.kind).to.equal('Bubble');
    expect(profile.category).to.equal('Professional');
    expect(profile.description.truncated).to.equal(true);
    expect(profile.description.text).to.equal(
      'MLOps is a professional community focused on applying DevOps principles—automation, monitoring, and orchestration—to the operational li...',
    );
    expect(profile.generalQA).to.equal(
      'MLOps blends principles from machine learning and DevOps to manage the full lifecycle of ML models, from development to deployment and ongoing maintenance at scale.',
    );
  });

  it("has every section with the seed's counts", () => {
    const counts = {
      keyFindings: profile.keyFindings.length,
      subGroups: profile.subGroups.length,
      platforms: profile.platforms.items.length,
      gender: profile.gender.length,
      age: profile.age.length,
      segments: profile.divides.segments.length,
      terminology: profile.terminology.length,
      conversation: profile.greeting.conversation.length,
      insideJokes: profile.insideJokes.length,
      sayings: profile.sayings.length,
      unwrittenRules: profile.unwrittenRules.length,
      personas: profile.personas.length,
      tools: profile.tools.items.length,
      firstSteps: profile.firstSteps.steps.length,
      welcomingPractices: profile.welcomingPractices.length,
      beginnerMistakes: profile.beginnerMistakes.length,
      regionalDifferences: profile.regionalDifferences.length,
      misconceptions: profile.misconceptions.length,
      clothing: profile.clothing.length,
    };
    expect(counts).to.deep.equal({
      keyFindings: 4,
      subGroups: 4,
      platforms: 3,
      gender: 2,
      age: 7,
      segments: 4,
      terminology: 10,
      conversation: 4,
      insideJokes: 1,
      sayings: 4,
      unwrittenRules: 4,
      personas: 3,
      tools: 10,
      firstSteps: 3,
      welcomingPractices: 2,
      beginnerMistakes: 2,
      regionalDifferences: 2,
      misconceptions: 3,
      clothing: 1,
    });
  });

  it('keeps key findings and sub-groups verbatim', () => {
    expect(profile.keyFindings.map((finding) => `${finding.title} / ${finding.category}`)).to.deep.equal([
      'Dual Fluency / Insider Perspective',
      'Operational Tension / Opinion Shifts',
      'Ritualized Transparency / Community Dynamics',
      'Tool Allegiance / Identity Markers',
    ]);
    expect(profile.keyFindings[3].text).to.equal(
      'Members show strong loyalty to specific MLOps tools (Kubeflow, MLflow) which act as identity markers and influence social groupings within the bubble.',
    );
    expect(profile.subGroups.map((group) => group.name)).to.deep.equal([
      'Open Source MLOps Practitioners',
      'Enterprise MLOps Teams',
      'Academic/Research MLOps',
      'Local MLOps Meetups',
    ]);
    expect(profile.subGroups[3].description).to.equal('Regional groups organizing talks and workshops through Meetup and conferences.');
  });

  it('keeps the numbers of the charts, and no more than the seed gives', () => {
    expect(profile.platforms.items.map((p) => [p.name, p.percent, p.setting])).to.deep.equal([
      ['Slack', 25, 'online'],
      ['GitHub', 20, 'online'],
      ['Conferences & Trade Shows', 15, 'offline'],
    ]);
    expect([profile.platforms.pagesShown, profile.platforms.pagesTotal]).to.deep.equal([1, 3]);
    expect(itemisedPercent()).to.equal(60);
    expect(profile.gender.map((g) => [g.label, g.percent])).to.deep.equal([
      ['Male', 80],
      ['Female', 20],
    ]);
    expect(profile.age.map((a) => [a.label, a.percent])).to.deep.equal([
      ['13-17', 0.5],
      ['18-24', 15],
      ['25-34', 45],
      ['35-44', 25],
      ['45-54', 10],
      ['55-64', 4],
      ['65+', 0.5],
    ]);
    expect(profile.divides.segments.map((s) => s.name)).to.deep.equal(['Enterprise Engineers', 'Research Adopters', 'Managerial Overseers', 'OSS Enthusiasts']);
    expect(profile.divides.axes).to.deep.equal({
      x: { label: 'Worldview', from: 'Traditional', to: 'Futuristic' },
      y: { label: 'Social Situation', from: 'Lower', to: 'Upper' },
    });
    expect(JSON.stringify(profile.divides)).not.to.match(/"(x|y|coordinates?)":\s*-?\d/);
  });

  it('has all ten terminology pairs verbatim', () => {
    expect(profile.terminology.map((t) => `${t.outsider} → ${t.insider}`)).to.deep.equal([
      'Data Cleaning → Data Preprocessing',
      'Manual Feature Engineering → Feature Store',
      'Artificial Intelligence Project → ML Pipeline',
      'Software Bugs in Machine Learning → Model Drift',
      'Model Updates → Model Retraining',
      'Machine Learning Model Deployment → Model Serving',
      'Monitoring → Observability',
      'Development Environment → Sandbox',
      'Automated Machine Learning → AutoML',
      'Continuous Integration and Continuous Delivery → CI/CD',
    ]);
    expect(findTerm('model-drift')?.explanation).to.equal(
      "Outsiders often think of issues as software bugs, but insiders use 'model drift' to describe performance degradation due to changing data distributions over time.",
    );
  });

  it('keeps the greeting, jokes, sayings and rules verbatim', () => {
    expect(profile.greeting.phrase).to.equal('Data drift detected!');
    expect(profile.greeting.conversation.map((line) => line.speaker)).to.deep.equal(['insider', 'outsider', 'insider', 'outsider']);
    expect(profile.greeting.conversation[2].text).to.equal("It's a friendly way to say the data feeding our model has changed and we need to retrain it.");
    expect(profile.greeting.culturalContext).to.match(/^This greeting highlights the community's focus on data quality/);
    expect(profile.insideJokes[0].text).to.equal('"Did you try turning the model off and on again?"');
    expect(profile.sayings.map((s) => s.text)).to.deep.equal(['Data drift strikes again', 'Pipelines breaking in prod', 'Reproducibility vs agility', 'Dependency hell']);
    expect(profile.unwrittenRules[0].text).to.equal('Always version your datasets along with your models.');
    expect(profile.unwrittenRules[3].explanation).to.equal('Small updates reduce risk and allow faster feedback loops, which is especially important in ML contexts.');
  });

  it('keeps the three portraits complete', () => {
    expect(profile.personas.map((p) => [p.name, p.age, p.role, p.gender])).to.deep.equal([
      ['Ravi', 29, 'Data Engineer', 'male'],
      ['Elena', 35, 'ML Engineer', 'female'],
      ['Jinsoo', 43, 'DevOps Specialist', 'male'],
    ]);
    const [ravi, elena, jinsoo] = profile.personas;
    expect(ravi.values).to.deep.equal(['Reliability', 'Automation', 'Collaboration']);
    expect(ravi.platforms).to.deep.equal(['Slack MLOps channels', 'LinkedIn groups', 'Company internal forums']);
    expect(ravi.keywords).to.deep.equal(['CI/CD pipelines', 'model drift', 'feature store', 'orchestration', 'kubeflow']);
    expect(elena.keywords).to.deep.equal(['model registry', 'A/B testing', 'shadow mode', 'canary deployment']);
    expect(jinsoo.challenges).to.include('Adapting traditional CI/CD tools for ML use cases');
    for (const persona of profile.personas) {
      expect(persona.motivations).to.have.length(3);
      expect(persona.challenges).to.have.length(3);
      expect(persona.platforms).to.have.length(3);
    }
  });

  it('keeps all ten tools with their tags', () => {
    expect(bundledTools.map((tool) => tool.name)).to.deep.equal([
      'Kubeflow',
      'MLflow',
      'TensorFlow Extended (TFX)',
      'Seldon Core',
      'BentoML',
      'KServe',
      'Feast',
      'Argo Workflows',
      'Dagster',
      'Metaflow',
    ]);
    expect(findTool('tfx')?.description).to.equal('Google’s production-grade ML platform for data validation, transformation, and serving.');
    expect(findTool('kubeflow')?.tags).to.deep.equal(['Kubernetes Native', 'Pipeline Orchestration', 'Cloud-Agnostic']);
    for (const tool of bundledTools) expect(tool.tags).to.have.length(3);
  });

  it('keeps first steps, practices, mistakes, regions, misconceptions and clothing verbatim', () => {
    expect(profile.firstSteps.timeToBasics).to.equal('2-4 weeks');
    expect(profile.firstSteps.steps.map((s) => [s.number, s.title, s.duration, s.level])).to.deep.equal([
      [1, 'Learn MLOps Fundamentals', '3-5 hours', 'Basic'],
      [2, 'Set Up Local ML Environment', '1-2 days', 'Intermediate'],
      [3, 'Explore Model Deployment Basics', '1-2 days', 'Intermediate'],
    ]);
    expect(profile.firstSteps.steps[2].details).to.match(/You’ll know you’ve succeeded when you can deploy a model and interact with it via API calls\.$/);
    expect(profile.welcomingPractices[1].text).to.equal('Inviting newcomers to contribute to open-source MLOps projects.');
    expect(profile.beginnerMistakes[0].explanation).to.equal('Set up automated monitoring tools early to detect shifts in data or model accuracy.');
    expect(profile.regionalDifferences.map((r) => r.region)).to.deep.equal(['North America', 'Europe']);
    expect(profile.misconceptions.map((m) => m.misconception)).to.deep.equal([
      'MLOps is just the same as traditional DevOps.',
      'MLOps is only about automating model deployment.',
      'Anyone with ML knowledge can easily do MLOps.',
    ]);
    expect(profile.clothing[0].text).to.equal('Conference swag T-shirts');
    expect(bundledFeedbackQuestion).to.equal('How helpful was the information in Machine Learning Operations (MLOps)?');
  });

  it("records the seed's empty sections as gaps instead of filling them", () => {
    const sections = profile.seedGaps.map((gap) => gap.section).join(' | ');
    expect(sections).to.include('Historical Timeline');
    expect(sections).to.include('Pathway to Credibility');
    expect(profile).not.to.have.property('historicalTimeline');
    expect(profile).not.to.have.property('pathwayToCredibility');
  });

  it('serves the same data through the slice accessors as the whole file', async () => {
    expect(bundledTerminology).to.deep.equal(profile.terminology);
    expect(bundledPlatforms).to.deep.equal(profile.platforms);
    expect(bundledGender).to.deep.equal(profile.gender);
    expect(bundledAge).to.deep.equal(profile.age);
    expect((await loadBundledProfile()).name).to.equal(profile.name);
  });
});

describe('lookups', () => {
  it('finds a term by id, insider name or outsider phrase, ignoring case and spacing', () => {
    expect(findTerm('model-drift')?.insider).to.equal('Model Drift');
    expect(findTerm('model drift')?.id).to.equal('model-drift');
    expect(findTerm('  MODEL   DRIFT ')?.id).to.equal('model-drift');
    expect(findTerm('Software Bugs in Machine Learning')?.id).to.equal('model-drift');
    expect(findTerm('ci/cd')?.insider).to.equal('CI/CD');
    expect(findTerm('automl')?.insider).to.equal('AutoML');
  });

  it('finds nothing for unknown, empty or non-string keys', () => {
    expect(findTerm('quantum banana')).to.equal(undefined);
    expect(findTerm('')).to.equal(undefined);
    expect(findTerm(null)).to.equal(undefined);
    expect(findTerm(undefined)).to.equal(undefined);
  });

  it('suggests the nearest name for a near miss, and nothing for nonsense', () => {
    expect(suggestTerm('model drfit')).to.equal('Model Drift');
    expect(suggestTerm('feature stor')).to.equal('Feature Store');
    expect(suggestTerm('zzzzzzzzzzzzzz')).to.equal(undefined);
    expect(suggestTool('mlfow')).to.equal('MLflow');
    expect(suggestTool('kubeflw')).to.equal('Kubeflow');
    expect(suggestTool('x'.repeat(100_000))).to.equal(undefined);
  });

  it('finds tools by id or name and filters by tags', () => {
    expect(findTool('MLflow')?.id).to.equal('mlflow');
    expect(findTool('mlflow')?.name).to.equal('MLflow');
    expect(findTool('Argo Workflows')?.id).to.equal('argo-workflows');
    expect(filterToolsByTags(['Kubernetes Native']).map((tool) => tool.id)).to.deep.equal(['kubeflow']);
    expect(filterToolsByTags(['kubernetes native', 'cloud-agnostic']).map((tool) => tool.id)).to.deep.equal(['kubeflow']);
    expect(filterToolsByTags([])).to.have.length(10);
    expect(filterToolsByTags(['No Such Tag'])).to.deep.equal([]);
  });

  it('orders names as a reader looks them up, case and accents aside, then by code point: the same order in every engine', () => {
    expect(['Zebra', 'éclair', 'apple', 'Échelle', 'Eclair', 'Microservices', 'ML Pipeline', 'MLflow', 'CI/CD'].sort(compareNames)).to.deep.equal([
      'apple',
      'CI/CD',
      'Échelle',
      'éclair',
      'Eclair',
      'Microservices',
      'ML Pipeline',
      'MLflow',
      'Zebra',
    ]);
    // The glossary's order is what Intl's collation gives the bundled terms (WebKit's collation puts
    // "ML Pipeline" before "Microservices", so a tag list could differ there by engine; this does not).
    const terms = bundledTerminology.map((term) => term.insider);
    expect([...terms].sort(compareNames)).to.deep.equal([...terms].sort(new Intl.Collator(undefined, { sensitivity: 'base' }).compare));
  });
});
