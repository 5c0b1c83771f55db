//! The syntax tree: every node the grammar produced, in preorder, with byte spans into
//! the statement text. Comments are nodes too, so nothing in the text is lost; keywords
//! are leaves, so a converter can edit exactly one keyword.

use super::Rule;
use crate::source::Span;

#[derive(Debug, Clone, Copy)]
struct NodeData {
    kind: Rule,
    start: u32,
    end: u32,
    /// Index just past this node's last descendant.
    subtree_end: u32,
}

/// A parsed statement. Spans are relative to the statement text.
#[derive(Debug, Clone)]
pub struct SyntaxTree {
    nodes: Vec<NodeData>,
    text_len: u32,
}

impl SyntaxTree {
    /// Builds the tree without recursion, so depth costs no stack.
    pub(super) fn from_pairs(pairs: pest::iterators::Pairs<'_, Rule>, text: &str) -> Self {
        let mut tree = Self::untrimmed(pairs, text.len());
        tree.trim_trailing_trivia(text);
        tree
    }

    /// pest lets a rule that ends in an optional or repeated part take the blanks and
    /// comments it skipped before trying that part. Converters replace node spans, so a
    /// span must end at the node's last token, or a replacement would eat the comment
    /// after it. Children are trimmed before their parents (reverse preorder).
    fn trim_trailing_trivia(&mut self, text: &str) {
        // The root spans the whole statement text, trailing comments included.
        for index in (1..self.nodes.len()).rev() {
            let node = self.nodes[index];
            let mut end = node.end as usize;
            loop {
                let trimmed = node.start as usize + text[node.start as usize..end].trim_end().len();
                end = trimmed;
                // A comment child that ends exactly here is trailing trivia too.
                let comment = (index + 1..node.subtree_end as usize)
                    .map(|i| self.nodes[i])
                    .find(|c| {
                        c.kind == Rule::COMMENT
                            && c.end as usize == end
                            && c.start as usize >= node.start as usize
                    });
                match comment {
                    Some(c) if (c.start as usize) > node.start as usize => end = c.start as usize,
                    _ => break,
                }
            }
            self.nodes[index].end = end as u32;
        }
    }

    fn untrimmed(pairs: pest::iterators::Pairs<'_, Rule>, text_len: usize) -> Self {
        let mut nodes: Vec<NodeData> = Vec::new();
        let mut stack: Vec<(pest::iterators::Pairs<'_, Rule>, Option<usize>)> = vec![(pairs, None)];
        while let Some((iter, owner)) = stack.last_mut() {
            match iter.next() {
                Some(pair) => {
                    let span = pair.as_span();
                    let index = nodes.len();
                    nodes.push(NodeData {
                        kind: pair.as_rule(),
                        start: span.start() as u32,
                        end: span.end() as u32,
                        subtree_end: 0,
                    });
                    stack.push((pair.into_inner(), Some(index)));
                }
                None => {
                    if let Some(index) = *owner {
                        nodes[index].subtree_end = nodes.len() as u32;
                    }
                    stack.pop();
                }
            }
        }
        SyntaxTree {
            nodes,
            text_len: text_len as u32,
        }
    }

    pub fn root(&self) -> Option<SyntaxNode<'_>> {
        (!self.nodes.is_empty()).then_some(SyntaxNode {
            tree: self,
            index: 0,
        })
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    pub fn text_len(&self) -> usize {
        self.text_len as usize
    }

    /// Every node in preorder.
    pub fn nodes(&self) -> impl Iterator<Item = SyntaxNode<'_>> {
        (0..self.nodes.len() as u32).map(|index| SyntaxNode { tree: self, index })
    }

    /// A compact stable dump for snapshot tests: chains of nodes that wrap a single child
    /// with the same span print as one line (`expr/not_expr/predicate`), leaves print
    /// their text, and each line is indented by depth.
    pub fn dump_compact(&self, text: &str) -> String {
        let mut out = String::new();
        let Some(root) = self.root() else {
            return out;
        };
        // (node, depth) in preorder, without recursion.
        let mut stack = vec![(root, 0usize)];
        while let Some((node, depth)) = stack.pop() {
            let mut path = format!("{:?}", node.kind());
            let mut current = node;
            loop {
                let mut children = current.children();
                match (children.next(), children.next()) {
                    (Some(only), None) if only.span() == current.span() => {
                        path.push('/');
                        path.push_str(&format!("{:?}", only.kind()));
                        current = only;
                    }
                    _ => break,
                }
            }
            let indent = "  ".repeat(depth);
            if current.is_leaf() {
                out.push_str(&format!("{indent}{path} {:?}\n", current.text(text)));
            } else {
                out.push_str(&format!("{indent}{path}\n"));
                let children: Vec<SyntaxNode<'_>> = current.children().collect();
                for child in children.into_iter().rev() {
                    stack.push((child, depth + 1));
                }
            }
        }
        out
    }

    /// A stable text dump: one line per node, indented by depth, with its kind, span and,
    /// for leaves, its text.
    pub fn dump(&self, text: &str) -> String {
        let mut out = String::new();
        let mut ends: Vec<u32> = Vec::new();
        for (i, node) in self.nodes.iter().enumerate() {
            while ends.last().is_some_and(|&e| e as usize <= i) {
                ends.pop();
            }
            let indent = "  ".repeat(ends.len());
            let is_leaf = node.subtree_end as usize == i + 1;
            if is_leaf {
                let leaf = &text[node.start as usize..node.end as usize];
                out.push_str(&format!(
                    "{indent}{:?}@{}..{} {leaf:?}\n",
                    node.kind, node.start, node.end
                ));
            } else {
                out.push_str(&format!(
                    "{indent}{:?}@{}..{}\n",
                    node.kind, node.start, node.end
                ));
            }
            ends.push(node.subtree_end);
        }
        out
    }
}

/// A node of a [`SyntaxTree`].
#[derive(Clone, Copy)]
pub struct SyntaxNode<'t> {
    tree: &'t SyntaxTree,
    index: u32,
}

impl std::fmt::Debug for SyntaxNode<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:?}@{}..{}",
            self.kind(),
            self.data().start,
            self.data().end
        )
    }
}

impl<'t> SyntaxNode<'t> {
    fn data(&self) -> &'t NodeData {
        &self.tree.nodes[self.index as usize]
    }

    pub fn kind(&self) -> Rule {
        self.data().kind
    }

    /// The node's span in the statement text.
    pub fn span(&self) -> Span {
        Span {
            start: self.data().start,
            end: self.data().end,
        }
    }

    pub fn text<'a>(&self, statement_text: &'a str) -> &'a str {
        &statement_text[self.span().range()]
    }

    pub fn is_leaf(&self) -> bool {
        self.data().subtree_end == self.index + 1
    }

    /// Direct children, in order.
    pub fn children(&self) -> impl Iterator<Item = SyntaxNode<'t>> + 't {
        let tree = self.tree;
        let end = self.data().subtree_end;
        let mut next = self.index + 1;
        std::iter::from_fn(move || {
            if next >= end {
                return None;
            }
            let node = SyntaxNode { tree, index: next };
            next = tree.nodes[next as usize].subtree_end;
            Some(node)
        })
    }

    /// All descendants in preorder (not the node itself).
    pub fn descendants(&self) -> impl Iterator<Item = SyntaxNode<'t>> + 't {
        let tree = self.tree;
        (self.index + 1..self.data().subtree_end).map(move |index| SyntaxNode { tree, index })
    }

    /// The nodes that contain this one, innermost first.
    pub fn ancestors(&self) -> impl Iterator<Item = SyntaxNode<'t>> + 't {
        let tree = self.tree;
        let index = self.index;
        (0..index)
            .rev()
            .filter(move |&i| tree.nodes[i as usize].subtree_end > index)
            .map(move |i| SyntaxNode { tree, index: i })
    }

    pub fn child(&self, kind: Rule) -> Option<SyntaxNode<'t>> {
        self.children().find(|c| c.kind() == kind)
    }

    pub fn children_of(&self, kind: Rule) -> impl Iterator<Item = SyntaxNode<'t>> + 't {
        self.children().filter(move |c| c.kind() == kind)
    }

    pub fn descendant(&self, kind: Rule) -> Option<SyntaxNode<'t>> {
        self.descendants().find(|c| c.kind() == kind)
    }
}
