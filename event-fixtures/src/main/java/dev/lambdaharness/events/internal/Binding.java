package dev.lambdaharness.events.internal;

/** One binding of an index file: where a template's rendered value goes, and how it is encoded. */
record Binding(String path, BindingTemplate template, TemplateEncoding encoding) {
}
