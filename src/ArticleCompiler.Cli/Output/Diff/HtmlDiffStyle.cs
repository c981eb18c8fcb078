namespace ArticleCompiler.Cli.Output.Diff;

/// <summary>
/// The page's one style sheet, inline so that the page works offline and as a mail attachment
/// (no font, image or script from anywhere). Every pair of text and background colours has a
/// contrast of at least 7:1 (WCAG AAA; AA asks for 4.5:1), and colour is never the only cue:
/// deleted words are struck through, inserted words underlined, and screen readers are told where
/// each starts and ends by text that is clipped from view rather than hidden.
/// </summary>
internal static class HtmlDiffStyle
{
    public const string Css = """
        :root { color: #1a1a1a; background: #ffffff; font: 17px/1.55 Georgia, "DejaVu Serif", "Times New Roman", serif; }
        body { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        h1, h2, h3, .summary, .legend, .files, .note, .speaker { font-family: system-ui, "DejaVu Sans", Arial, sans-serif; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .4rem; }
        h2 { font-size: 1.15rem; border-bottom: 2px solid #1a1a1a; padding-bottom: .2rem; margin-top: 2rem; }
        h3 { font-size: 1.05rem; margin: 1.6rem 0 .4rem; }
        .files { color: #3d3d3d; font-size: .85rem; margin: 0; }
        code { font-size: .9em; }
        a { color: #0645ad; }
        .summary { font-size: .95rem; padding-left: 1.4rem; }
        .summary li { margin: .35rem 0; }
        .summary .quoted { font-family: Georgia, "DejaVu Serif", serif; }
        .alert { font-family: system-ui, "DejaVu Sans", Arial, sans-serif; background: #fdecc8; border-left: 6px solid #8a1111; padding: .5rem .8rem; font-weight: bold; }
        .label { font-weight: bold; }
        .serious .label { color: #8a1111; }
        .serious .label::before { content: "\26A0\FE0E  "; }
        ins { color: #0b5d1e; background: #dcf5e3; text-decoration: underline; text-decoration-thickness: 2px; }
        del { color: #8a1111; background: #fde2e2; text-decoration: line-through; text-decoration-thickness: 2px; }
        ins::before, ins::after, del::before, del::after {
          clip-path: inset(100%); clip: rect(1px, 1px, 1px, 1px); height: 1px; width: 1px;
          overflow: hidden; position: absolute; white-space: nowrap; }
        ins::before { content: " [inserted: "; }
        del::before { content: " [deleted: "; }
        ins::after, del::after { content: "] "; }
        .quote { border-bottom: 2px dotted #5c2d91; }
        .speaker { font-size: .72rem; color: #5c2d91; background: #f1ebfa; border-radius: .3rem; padding: .05rem .3rem; margin: 0 .15rem; white-space: nowrap; }
        .note { font-size: .75rem; color: #3d3d3d; background: #f1f1f1; border-radius: .3rem; padding: .05rem .35rem; margin-right: .2rem; }
        .moved-away { display: block; font-size: .85rem; margin: .3rem 0; }
        .section-note { font-weight: normal; margin-left: .4rem; }
        :target { outline: 3px solid #0645ad; outline-offset: 2px; }
        .legend { font-size: .8rem; color: #3d3d3d; border-top: 1px solid #3d3d3d; margin-top: 2.5rem; padding-top: .5rem; }
        """;
}
