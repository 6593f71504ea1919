'use client';

import { useEffect, useRef } from 'react';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import {
  StreamLanguage,
  bracketMatching,
  defaultHighlightStyle,
  syntaxHighlighting,
} from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';

const cypherLanguage = StreamLanguage.define(cypher);

const theme = EditorView.theme({
  '&': {
    fontSize: '13px',
    border: '1px solid var(--border)',
    borderRadius: '4px',
    background: '#fff',
  },
  '.cm-content': { fontFamily: 'var(--mono)', minHeight: '180px' },
  '.cm-gutters': { background: '#f6f7f9', color: '#8a94a0', border: 'none' },
  '&.cm-focused': { outline: '2px solid var(--accent-soft)' },
});

/**
 * CodeMirror 6 with the Cypher mode. `value` replaces the document when it changes from
 * outside (another query opened); typing reports through `onChange` without re-creating.
 */
export default function CypherEditor({
  value,
  onChange,
  onRun,
  readOnly = false,
}: {
  value: string;
  onChange: (value: string) => void;
  onRun?: () => void;
  readOnly?: boolean;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const handlers = useRef({ onChange, onRun });
  handlers.current = { onChange, onRun };

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          highlightActiveLine(),
          history(),
          bracketMatching(),
          cypherLanguage,
          syntaxHighlighting(defaultHighlightStyle),
          keymap.of([
            { key: 'Mod-Enter', run: () => (handlers.current.onRun?.(), true) },
            ...defaultKeymap,
            ...historyKeymap,
          ]),
          EditorState.readOnly.of(readOnly),
          EditorView.lineWrapping,
          EditorView.updateListener.of((update) => {
            if (update.docChanged) handlers.current.onChange(update.state.doc.toString());
          }),
          theme,
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is created once per read-only mode; `value` syncs in the effect below.
  }, [readOnly]);

  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div ref={host} className="cypher-editor" data-testid="cypher-editor" />;
}
