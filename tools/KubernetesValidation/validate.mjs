// Renders a kustomization (node validate.mjs deploy/k8s/overlays/production), validates every manifest and prints
// them as JSON for the tests.
// Three checks per document, so that a typo fails as surely as a wrong type:
//  1. types, required fields and formats: kubernetes-models and its operator packages (KEDA, prometheus-operator,
//     cert-manager), generated from the published OpenAPI and CRD schemas;
//  2. unknown fields in core kinds: walked against @kubernetes/client-node's models (the API's attribute maps),
//     because the generated validators accept any extra key;
//  3. operators with no published model package (CloudNativePG, RabbitMQ, OpenTelemetry): schemas/, written by us from
//     their API references for the fields we use, refusing any other field.
// Output: {"documents": [...], "errors": ["Kind/name: message", ...]}; exit code 1 when there are errors.
import { readFileSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";
import * as core from "@kubernetes/client-node/dist/gen/models/ObjectSerializer.js";
import * as appsV1 from "kubernetes-models/apps/v1";
import * as coreV1 from "kubernetes-models/v1";
import * as policyV1 from "kubernetes-models/policy/v1";
import * as networkingV1 from "kubernetes-models/networking.k8s.io/v1";
import * as autoscalingV2 from "kubernetes-models/autoscaling/v2";
import * as keda from "@kubernetes-models/keda/keda.sh/v1alpha1";
import * as monitoring from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import * as certManager from "@kubernetes-models/cert-manager/cert-manager.io/v1";

const models = {
    "apps/v1": appsV1,
    "v1": coreV1,
    "policy/v1": policyV1,
    "networking.k8s.io/v1": networkingV1,
    "autoscaling/v2": autoscalingV2,
    "keda.sh/v1alpha1": keda,
    "monitoring.coreos.com/v1": monitoring,
    "cert-manager.io/v1": certManager,
};

// apiVersion → the prefix of @kubernetes/client-node's class names.
const coreClassPrefix = {
    "apps/v1": "V1", "v1": "V1", "policy/v1": "V1", "networking.k8s.io/v1": "V1", "autoscaling/v2": "V2",
};

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
ajv.addKeyword("x-api-version").addKeyword("x-kind");
const ownSchemas = new Map();
const schemaFolder = new URL("./schemas/", import.meta.url);
for (const file of readdirSync(schemaFolder)) {
    const schema = JSON.parse(readFileSync(new URL(file, schemaFolder), "utf8"));
    ownSchemas.set(`${schema["x-api-version"]}/${schema["x-kind"]}`, ajv.compile(schema));
}

const primitive = /^(string|number|boolean|any|object|Date|IntOrString|RFC3339 date|int-or-string)$/;

function unknownFields(value, typeName, path, errors) {
    if (value === null || value === undefined || primitive.test(typeName)) return;
    const array = /^Array<(.+)>$/.exec(typeName);
    if (array) {
        if (Array.isArray(value)) value.forEach((item, i) => unknownFields(item, array[1], `${path}[${i}]`, errors));
        return;
    }
    const map = /^\{ \[key: string\]: (.+); \}$/.exec(typeName);
    if (map) {
        for (const [key, item] of Object.entries(value)) unknownFields(item, map[1], `${path}.${key}`, errors);
        return;
    }
    const model = core[typeName];
    if (typeof model?.getAttributeTypeMap !== "function" || typeof value !== "object") return;
    const attributes = model.getAttributeTypeMap();
    for (const [key, item] of Object.entries(value)) {
        const attribute = attributes.find(a => a.baseName === key);
        if (!attribute) errors.push(`${path}.${key}: not a field of ${typeName}`);
        else unknownFields(item, attribute.type, `${path}.${key}`, errors);
    }
}

const folder = process.argv[2];
if (!folder) {
    console.error("usage: node validate.mjs KUSTOMIZATION_FOLDER");
    process.exit(2);
}
const input = execFileSync("kubectl", ["kustomize", folder], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const documents = [];
const errors = [];
for (const parsed of parseAllDocuments(input)) {
    if (parsed.errors.length) {
        errors.push(`YAML: ${parsed.errors.map(e => e.message).join("; ")}`);
        continue;
    }
    const document = parsed.toJS();
    if (!document) continue;
    documents.push(document);
    const { apiVersion, kind } = document;
    const name = `${kind}/${document.metadata?.name}`;
    const own = ownSchemas.get(`${apiVersion}/${kind}`);
    const Model = models[apiVersion]?.[kind];
    if (own) {
        if (!own(document)) errors.push(...own.errors.map(e => `${name}: ${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`));
    } else if (Model) {
        try {
            new Model(document).validate();
        } catch (error) {
            errors.push(`${name}: ${error.message}`);
        }
        const prefix = coreClassPrefix[apiVersion];
        if (prefix) {
            const fields = [];
            unknownFields(document, `${prefix}${kind}`, "", fields);
            errors.push(...fields.map(f => `${name}: ${f}`));
        }
    } else {
        errors.push(`${name}: no schema for ${apiVersion} ${kind}; add one to tools/KubernetesValidation`);
    }
}
process.stdout.write(JSON.stringify({ documents, errors }));
process.exitCode = errors.length ? 1 : 0;
