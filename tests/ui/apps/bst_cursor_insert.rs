// binary search tree with Option<Box<Node>>: iterative insert through a &mut cursor, recursive traversal
#[derive(Debug)]
struct Node {
    key: i32,
    count: u32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

#[derive(Default)]
struct Tree {
    root: Option<Box<Node>>,
    size: usize,
}

impl Tree {
    fn insert(&mut self, key: i32) {
        let mut cur = &mut self.root;
        while let Some(node) = cur {
            if key == node.key {
                node.count += 1;
                return;
            }
            cur = if key < node.key { &mut node.left } else { &mut node.right };
        }
        *cur = Some(Box::new(Node { key, count: 1, left: None, right: None }));
        self.size += 1;
    }

    fn contains(&self, key: i32) -> bool {
        let mut cur = &self.root;
        while let Some(node) = cur {
            if key == node.key {
                return true;
            }
            cur = if key < node.key { &node.left } else { &node.right };
        }
        false
    }

    fn min(&self) -> Option<i32> {
        let mut node = self.root.as_ref()?;
        while let Some(l) = node.left.as_ref() {
            node = l;
        }
        Some(node.key)
    }

    fn in_order(&self) -> Vec<(i32, u32)> {
        fn walk(n: &Option<Box<Node>>, out: &mut Vec<(i32, u32)>) {
            if let Some(node) = n {
                walk(&node.left, out);
                out.push((node.key, node.count));
                walk(&node.right, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.root, &mut out);
        out
    }

    fn height(n: &Option<Box<Node>>) -> usize {
        match n {
            None => 0,
            Some(b) => 1 + Tree::height(&b.left).max(Tree::height(&b.right)),
        }
    }
}

fn main() {
    let mut t = Tree::default();
    for k in [50, 30, 70, 20, 40, 60, 80, 30, 65, 20, 20] {
        t.insert(k);
    }
    println!("size {} height {}", t.size, Tree::height(&t.root));
    println!("in order {:?}", t.in_order());
    println!("min {:?}", t.min());
    for k in [40, 45, 65] {
        println!("contains {}? {}", k, t.contains(k));
    }
    let dupes: Vec<i32> = t.in_order().into_iter().filter(|&(_, c)| c > 1).map(|(k, _)| k).collect();
    println!("duplicates {:?}", dupes);
    println!("empty min {:?}", Tree::default().min());
}
