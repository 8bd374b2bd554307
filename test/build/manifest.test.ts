/*
 * manifest.xml checked offline (Microsoft's validator needs the internet): every resid
 * resolves, the shared-runtime rules hold, Excel only, ja-JP default with English overrides,
 * and the metadata URL has its en-US override. The built dist/manifest.xml is the same file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { child, descendants, parseXml, type XmlElement } from "./support/xml";
import { readDist } from "./support/dist";
import { ROOT } from "./support/registry";

const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const manifest = parseXml(source);
const all = descendants(manifest);
const named = (name: string): XmlElement[] => all.filter((element) => element.name === name);
const versionOverrides = child(manifest, "VersionOverrides");
const host = child(child(versionOverrides, "Hosts"), "Host");
const resources = child(versionOverrides, "Resources");
const resourceIds = (kind: string): Map<string, XmlElement> =>
  new Map(child(resources, kind).children.map((element) => [element.attributes.id, element]));
const urls = resourceIds("bt:Urls");

describe("manifest.xml", () => {
  it("is a task-pane add-in for Excel only, ja-JP by default, ReadWriteDocument", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(child(manifest, "Hosts").children.map((h) => h.attributes.Name)).toEqual(["Workbook"]);
    expect(child(versionOverrides, "Hosts").children.map((h) => h.attributes["xsi:type"])).toEqual(["Workbook"]);
    expect(child(manifest, "DefaultLocale").text).toBe("ja-JP");
    expect(child(manifest, "Permissions").text).toBe("ReadWriteDocument");
    expect(child(manifest, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);
  });

  it("resolves every resid to a bt:* resource of the right kind, and declares each resource once", () => {
    const kinds: Record<string, string> = { "bt:Image": "bt:Images", Icon: "bt:Images", SourceLocation: "bt:Urls", Runtime: "bt:Urls", FunctionFile: "bt:Urls", LearnMoreUrl: "bt:Urls", Namespace: "bt:ShortStrings", Label: "bt:ShortStrings", Title: "bt:ShortStrings", Description: "bt:LongStrings" };
    const unresolved = all
      .filter((element) => element.attributes.resid !== undefined)
      .filter((element) => !resourceIds(kinds[element.name] ?? "bt:Urls").has(element.attributes.resid))
      .map((element) => `<${element.name} resid="${element.attributes.resid}">`);
    expect(unresolved).toEqual([]);
    const ids = resources.children.flatMap((group) => group.children.map((resource) => resource.attributes.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it("shared runtime: <Runtimes> is the first child of <Host>, long-lived, on the task pane URL", () => {
    expect(host.children[0].name).toBe("Runtimes");
    const runtimes = host.children[0].children;
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attributes).toMatchObject({ resid: "Taskpane.Url", lifetime: "long" });
  });

  it("shared runtime: the functions' Page, the FunctionFile and every ShowTaskpane action use the runtime's resid", () => {
    const runtimeResid = host.children[0].children[0].attributes.resid;
    const functions = named("ExtensionPoint").find((e) => e.attributes["xsi:type"] === "CustomFunctions");
    expect(functions).toBeDefined();
    expect(child(child(functions as XmlElement, "Page"), "SourceLocation").attributes.resid).toBe(runtimeResid);
    expect(named("FunctionFile").map((e) => e.attributes.resid)).toEqual([runtimeResid]);
    const actions = named("Action").filter((a) => a.attributes["xsi:type"] === "ShowTaskpane");
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) {
      expect(child(action, "SourceLocation").attributes.resid).toBe(runtimeResid);
      // A long-lived runtime's task pane is one page; a TaskpaneId would open a second one.
      expect(action.children.map((c) => c.name)).not.toContain("TaskpaneId");
    }
    // Custom functions in a shared runtime need both requirement sets (Microsoft's shared-runtime guide).
    expect(child(manifest, "Requirements").children[0].children.map((s) => s.attributes.Name)).toEqual(
      expect.arrayContaining(["SharedRuntime", "CustomFunctionsRuntime"]),
    );
  });

  it("custom functions: namespace KOYO, script functions.js, Japanese metadata with an en-US override", () => {
    const functions = named("ExtensionPoint").find((e) => e.attributes["xsi:type"] === "CustomFunctions") as XmlElement;
    const namespaceId = child(functions, "Namespace").attributes.resid;
    expect(resourceIds("bt:ShortStrings").get(namespaceId)?.attributes.DefaultValue).toBe("KOYO");
    expect(urls.get(child(child(functions, "Script"), "SourceLocation").attributes.resid)?.attributes.DefaultValue).toBe("https://localhost:3000/functions.js");
    const metadata = urls.get(child(child(functions, "Metadata"), "SourceLocation").attributes.resid) as XmlElement;
    expect(metadata.attributes.DefaultValue).toBe("https://localhost:3000/functions.json");
    expect(metadata.children.map((o) => [o.name, o.attributes.Locale, o.attributes.Value])).toEqual([
      ["bt:Override", "en-US", "https://localhost:3000/functions.en-US.json"],
    ]);
  });

  it("a ribbon button on the Home tab opens the task pane, with 16/32/80 px icons", () => {
    const button = named("Control").find((c) => c.attributes["xsi:type"] === "Button") as XmlElement;
    expect(child(button, "Action").attributes["xsi:type"]).toBe("ShowTaskpane");
    expect(child(button, "Icon").children.map((image) => image.attributes.size)).toEqual(["16", "32", "80"]);
    const images = resourceIds("bt:Images");
    for (const image of child(button, "Icon").children) {
      expect(images.get(image.attributes.resid)?.attributes.DefaultValue).toBe(`https://localhost:3000/assets/icon-${image.attributes.size}.png`);
    }
  });

  it("every user-visible string is Japanese by default with an en-US override", () => {
    const strings = [...resourceIds("bt:ShortStrings").values(), ...resourceIds("bt:LongStrings").values()].filter((s) => s.attributes.id !== "Functions.Namespace");
    for (const text of [...strings, child(manifest, "DisplayName"), child(manifest, "Description")]) {
      expect(text.attributes.DefaultValue).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
      expect(text.children.map((o) => o.attributes.Locale)).toEqual(["en-US"]);
    }
  });

  it("names every URL under the one development URL, which the production build replaces", () => {
    const values = all.flatMap((e) => [e.attributes.DefaultValue, e.attributes.Value]).filter((v): v is string => v?.startsWith("http") ?? false);
    expect(values.every((value) => value.startsWith("https://localhost:3000/"))).toBe(true);
    expect(source.match(/localhost/gu)?.length).toBe(source.match(/https:\/\/localhost:3000\//gu)?.length);
  });

  it("is copied unchanged into the development build", () => {
    expect(readDist("manifest.xml")).toBe(source);
  });
});
