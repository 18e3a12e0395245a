// smart pointers: a binary search tree with Option<Box<Node>> children
#[derive(Debug)]
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

#[derive(Default)]
struct Tree {
    root: Option<Box<Node>>,
    size: usize,
}

impl Tree {
    fn insert(&mut self, key: i32) -> bool {
        let mut slot = &mut self.root;
        while let Some(node) = slot {
            if key == node.key {
                return false;
            }
            slot = if key < node.key { &mut node.left } else { &mut node.right };
        }
        *slot = Some(Box::new(Node { key, left: None, right: None }));
        self.size += 1;
        true
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

    fn in_order(&self) -> Vec<i32> {
        fn walk(n: &Option<Box<Node>>, out: &mut Vec<i32>) {
            if let Some(node) = n {
                walk(&node.left, out);
                out.push(node.key);
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
    for k in [50, 30, 70, 20, 40, 60, 80, 30, 65] {
        let fresh = t.insert(k);
        if !fresh {
            println!("duplicate {k}");
        }
    }
    println!("size {}", t.size);
    println!("{:?}", t.in_order());
    println!("height {}", Tree::height(&t.root));
    println!("has 65: {}, has 66: {}", t.contains(65), t.contains(66));
    if let Some(root) = &t.root {
        println!("root {} left {:?}", root.key, root.left.as_ref().map(|n| n.key));
    }
}
