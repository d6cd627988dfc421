// The archkit extension: starts 'archkit lsp' (stdio) for .arch files and hands it to VS Code's
// language client. Highlighting comes from syntaxes/arch.tmLanguage.json; everything else
// (diagnostics, outline, navigation, rename, hover, completion, formatting, quick fixes) from the server.
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration('archkit');
  const command = config.get('path') || 'archkit';
  const server = { command, args: ['lsp'], transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: [{ scheme: 'file', language: 'arch' }, { scheme: 'untitled', language: 'arch' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.arch') },
    outputChannelName: 'archkit',
  };
  client = new LanguageClient('archkit', 'archkit', server, server, clientOptions);
  client.start().catch((e) => {
    vscode.window.showErrorMessage(`archkit: could not start '${command} lsp' (${e.message}). Set archkit.path to the archkit command.`);
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
