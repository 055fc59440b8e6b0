/**
 * The browser desk's own script, loaded after Decap CMS's bundle (desk/index.html): it registers
 * the byte-exact file format (src/editor/desk-format.ts), the body editor with the kit's block
 * forms, and the check panel, then starts Decap with the configuration `npm run schemas` generated
 * from the schemas and the backend the host serves as backend.json (`npm run cms`: decap-server
 * on the same origin; production: the git host). Written against the globals Decap's bundle sets
 * (`CMS`, `h`, `createClass`), so the page ships no second React.
 */
import config from './config.generated.json';
import { FILE_NAME_KEY, fromFile, toFile, type Fields } from '../src/editor/desk-format.ts';
import { insertBlock, kitTag, replaceTag, tagAt, type FoundTag } from '../src/editor/kit-tags.ts';
import type { DeskField, KitForm } from '../src/editor/desk-config.ts';
import { slugify } from '../src/newsroom/slug.ts';

/** The parts of Decap's globals the desk uses. */
interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  set(key: string, value: unknown): ImmutableLike;
  toJS(): unknown;
}
interface WidgetProps {
  value: unknown;
  onChange(value: string): void;
  forID: string;
  classNameWrapper: string;
  entry: ImmutableLike;
  setActiveStyle(): void;
  setInactiveStyle(): void;
}
type Element = unknown;
type H = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => Element;
interface Component {
  props: WidgetProps;
  state: BodyState;
  setState(state: Partial<BodyState>): void;
}
interface Decap {
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): Fields; toFile(data: Fields, order?: string[]): string }): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  /** A handler's result, when it has one, is the entry's data from then on (preSave). */
  registerEventListener(listener: { name: string; handler(data: { entry: ImmutableLike }): ImmutableLike | undefined }): void;
  init(options: { config: Record<string, unknown> }): void;
}
declare global {
  interface Window {
    CMS: Decap;
    h: H;
    createClass(spec: Record<string, unknown>): unknown;
  }
}

const { CMS, h, createClass } = window;
const words = config.messages;
const kit = config.kit as KitForm[];
const collections = config.decap.collections as unknown as { name: string; folder: string; extension: string; identifier_field: string; fields: DeskField[] }[];

CMS.registerCustomFormat(config.formats.mdx, 'mdx', { fromFile: (text) => fromFile(text, true), toFile: (data, order = []) => toFile(data, order, true) });
CMS.registerCustomFormat(config.formats.yaml, 'yaml', { fromFile: (text) => fromFile(text, false), toFile: (data, order = []) => toFile(data, order, false) });

interface Backend {
  name: string;
  proxy_url?: string;
}
const backend = (await (await fetch('backend.json')).json()) as Backend;
/** Only the local desk (`npm run cms`) lists folders through decap-server and commits through its own route. */
const local = backend.name === 'proxy';

/** File names decap-server's API lists for `request` (the local desk only; elsewhere the forms take typed names). */
async function listedNames(request: { action: string; params: Record<string, unknown> }): Promise<string[]> {
  if (!local || backend.proxy_url === undefined) return [];
  const response = await fetch(backend.proxy_url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...request, params: { branch: 'main', ...request.params } }) });
  if (!response.ok) return [];
  const listed = (await response.json()) as ({ path?: string; file?: { path: string } } | undefined)[];
  return listed.map((item) => (item?.file?.path ?? item?.path ?? '').split('/').pop() ?? '').filter((name) => name !== '');
}
const timelineFolder = collections.find((collection) => collection.name === 'timeline')?.folder ?? '';

// The body: the MDX text as it is, with a form per kit component that writes exactly its tag.
interface BodyState {
  block: string;
  values: Record<string, string>;
  found: FoundTag | undefined;
  options: Record<string, string[]>;
}

const BodyControl = createClass({
  getInitialState(): BodyState {
    return { block: '', values: {}, found: undefined, options: {} };
  },
  area: undefined as HTMLTextAreaElement | undefined,
  async open(this: Component & { area?: HTMLTextAreaElement | undefined }, name: string) {
    const form = kit.find((block) => block.name === name);
    if (!form) return this.setState({ block: '', found: undefined });
    const text = typeof this.props.value === 'string' ? this.props.value : '';
    const cursor = this.area?.selectionStart ?? text.length;
    const found = tagAt(text, cursor, [name]);
    const sources = this.props.entry.getIn(['data', 'sources']);
    const options: Record<string, string[]> = {
      source: Array.isArray((sources as ImmutableLike | undefined)?.toJS?.()) ? ((sources as ImmutableLike).toJS() as string[]) : [],
      timeline: (await listedNames({ action: 'entriesByFolder', params: { folder: timelineFolder, extension: 'yaml', depth: 1 } })).map((file) => file.replace(/\.yaml$/, '')),
      picture: await listedNames({ action: 'getMedia', params: { mediaFolder: config.decap.media_folder } }),
    };
    this.setState({ block: name, values: found?.props ?? {}, found, options });
  },
  insert(this: Component & { area?: HTMLTextAreaElement | undefined }) {
    const form = kit.find((block) => block.name === this.state.block);
    if (!form) return;
    const text = typeof this.props.value === 'string' ? this.props.value : '';
    const values = Object.fromEntries(form.fields.map((field) => [field.name, this.state.values[field.name] ?? '']));
    const tag = kitTag(form.name, values, form.children);
    const cursor = this.area?.selectionStart ?? text.length;
    this.props.onChange(this.state.found ? replaceTag(text, this.state.found, tag) : insertBlock(text, cursor, tag, form).text);
    this.setState({ block: '', values: {}, found: undefined });
  },
  renderForm(this: Component & { insert(): void }, form: KitForm) {
    const id = (field: string) => `${this.props.forID}-${form.name}-${field}`;
    const control = (field: KitForm['fields'][number]) => {
      const value = this.state.values[field.name] ?? '';
      const onChange = (event: { target: { value: string } }) => this.setState({ values: { ...this.state.values, [field.name]: event.target.value } });
      const choices = field.kind === 'options' ? (field.options ?? []) : field.kind === 'text' ? [] : (this.state.options[field.kind] ?? []);
      if (field.kind === 'text' || choices.length === 0) return h('input', { id: id(field.name), type: 'text', value, onChange, required: field.required });
      return h('select', { id: id(field.name), value, onChange, required: field.required }, h('option', { value: '' }, words.choose), ...choices.map((choice) => h('option', { value: choice, key: choice }, choice)));
    };
    return h(
      'fieldset',
      { className: 'nc-kit-form' },
      h('legend', null, form.name),
      ...form.fields.map((field) => h('div', { key: field.name, className: 'nc-kit-field' }, h('label', { htmlFor: id(field.name) }, field.label), control(field), h('p', { className: 'nc-hint' }, field.hint))),
      h('button', { type: 'button', onClick: () => this.insert() }, words.insert),
      h('button', { type: 'button', onClick: () => this.setState({ block: '', found: undefined }) }, words.cancel),
    );
  },
  render(this: Component & { area?: HTMLTextAreaElement | undefined; open(name: string): void; renderForm(form: KitForm): Element }) {
    const { value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const form = kit.find((block) => block.name === this.state.block);
    return h(
      'div',
      { className: 'nc-body' },
      h(
        'div',
        { className: 'nc-kit' },
        h('label', { htmlFor: `${forID}-kit` }, words.insertBlock),
        h('select', { id: `${forID}-kit`, value: this.state.block, onChange: (event: { target: { value: string } }) => void this.open(event.target.value) }, h('option', { value: '' }, words.choose), ...kit.map((block) => h('option', { value: block.name, key: block.name }, block.name))),
      ),
      form ? this.renderForm(form) : null,
      h('textarea', {
        id: forID,
        className: classNameWrapper,
        value: typeof value === 'string' ? value : '',
        rows: 24,
        ref: (element: HTMLTextAreaElement | null) => (this.area = element ?? undefined),
        onChange: (event: { target: { value: string } }) => onChange(event.target.value),
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
      }),
    );
  },
});
const BodyPreview = createClass({
  render(this: { props: { value: unknown } }) {
    return h('pre', { className: 'nc-body-preview' }, typeof this.props.value === 'string' ? this.props.value : '');
  },
});
CMS.registerWidget(config.bodyWidget, BodyControl, BodyPreview);

// The check panel: the printer's lines for the file being edited, from the dev server's checks.
const panel = document.createElement('section');
panel.id = 'nc-pruefung';
panel.setAttribute('aria-label', words.panelTitle);
panel.setAttribute('aria-live', 'polite');
document.body.append(panel);

function show(heading: string, lines: readonly string[] = []): void {
  const title = document.createElement('h2');
  title.textContent = `${words.panelTitle}: ${heading}`;
  const list = document.createElement('ul');
  for (const line of lines) {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = line;
    item.append(code);
    list.append(item);
  }
  panel.replaceChildren(title, ...(lines.length > 0 ? [list] : []));
}

/** The file of the entry the address shows, or undefined on other screens and for a new entry. */
function fileOfAddress(): string | undefined {
  const [, name, slug] = /^#\/collections\/([^/]+)\/entries\/(.+)$/.exec(location.hash) ?? [];
  const collection = collections.find((entry) => entry.name === name);
  return collection && slug ? `${collection.folder}/${decodeURIComponent(slug)}.${collection.extension}` : undefined;
}

let shown = '';
async function check(file: string | undefined): Promise<void> {
  shown = file ?? '';
  if (!local) return panel.replaceChildren();
  if (file === undefined) return /\/new$/.test(location.hash) ? show(words.panelUnsaved) : panel.replaceChildren();
  show(words.panelWaiting);
  try {
    const response = await fetch(`desk/check?datei=${encodeURIComponent(file)}`);
    const answer = (await response.json()) as { heading: string; lines: string[] };
    if (shown === file) show(answer.heading, answer.lines);
  } catch {
    show(words.panelUnreachable);
  }
}

/** Pictures a piece shows: its lead image and each <Bild> in its body, committed with it when new. */
function picturesOf(data: Fields): string[] {
  const image = data['image'];
  const lead = image !== null && typeof image === 'object' && 'src' in image && typeof image.src === 'string' ? [image.src] : [];
  const body = typeof data['body'] === 'string' ? [...data['body'].matchAll(/<Bild\s[^>]*src=["']([^"']+)["']/g)].map((match) => match[1] ?? '') : [];
  return [...lead, ...body].filter((name) => name !== '').map((name) => `${config.decap.media_folder}/${name}`);
}

/** The field that names an entry of a collection (a piece's title, a source's publisher). */
const identifierOf = (collection: (typeof collections)[number] | undefined) => collection?.identifier_field ?? 'title';

/** The local desk commits the saved file itself, with the `Versionen:` line from the form. */
let pending: Fields | undefined;
async function commit(file: string, data: Fields): Promise<void> {
  const response = await fetch('desk/commit', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ file, pictures: picturesOf(data), title: String(data[identifierOf(collections.find((collection) => file.startsWith(`${collection.folder}/`)))] ?? ''), versionen: String(data['versionen'] ?? '') }),
  });
  const answer = (await response.json()) as { message: string };
  const note = document.createElement('p');
  note.className = 'nc-commit';
  note.textContent = answer.message;
  void check(file).then(() => panel.append(note));
}

// A new file is named as `npm run new` names one: transliterated („Brücke“ → „bruecke“), without
// stop-words. Decap's own slug folds „ü“ to „u“; the collections' slug template reads this key.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    if (entry.get('newRecord') !== true) return undefined;
    const data = entry.get('data') as ImmutableLike;
    const identifier = identifierOf(collections.find((collection) => collection.name === entry.get('collection')));
    return data.set(FILE_NAME_KEY, slugify(String(data.get(identifier) ?? '')) || words.untitledFileName);
  },
});

CMS.registerEventListener({
  name: 'postSave',
  handler: ({ entry }) => {
    if (!local) return undefined;
    const data = entry.get('data') as ImmutableLike;
    const path = entry.get('path');
    // A new entry gets its file name only when Decap has saved it and shows its address.
    if (typeof path === 'string' && path !== '' && entry.get('newRecord') !== true) void commit(path, data.toJS() as Fields);
    else pending = data.toJS() as Fields;
    return undefined;
  },
});

window.addEventListener('hashchange', () => {
  const file = fileOfAddress();
  if (pending && file) {
    const data = pending;
    pending = undefined;
    void commit(file, data);
  } else void check(file);
});

// On a git host every change is a pull request, and the site's build of it is the proof-reader.
CMS.init({ config: { ...config.decap, backend, ...(local ? {} : { publish_mode: 'editorial_workflow' }), load_config_file: false } });
void check(fileOfAddress());
