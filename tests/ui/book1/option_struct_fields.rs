// enums: Option fields, as_ref/as_mut, take, replace, matching on references
#[derive(Debug)]
struct Node {
    label: String,
    parent: Option<String>,
    weight: Option<u32>,
}

fn depth_hint(n: &Node) -> &str {
    match &n.parent {
        Some(p) if p.is_empty() => "orphan-ish",
        Some(_) => "child",
        None => "root",
    }
}

fn main() {
    let mut n = Node { label: String::from("leaf"), parent: Some(String::from("trunk")), weight: None };
    println!("{}", depth_hint(&n));
    if let Some(p) = n.parent.as_mut() {
        p.push_str("-2");
    }
    let parent_len = n.parent.as_ref().map(|p| p.len()).unwrap_or(0);
    println!("parent len {parent_len}");
    let old = n.parent.take();
    println!("took {:?}, now {}", old, depth_hint(&n));
    let prev = n.weight.replace(7);
    println!("prev {:?} now {:?}", prev, n.weight);
    n.weight = n.weight.map(|w| w + 1);
    match n.weight {
        Some(w) if w > 5 => println!("heavy {w}"),
        Some(w) => println!("light {w}"),
        None => println!("weightless"),
    }
    let label_ref: &String = &n.label;
    println!("{label_ref} {:?}", n);
    let w = n.weight.get_or_insert(0);
    *w *= 3;
    println!("{:?}", n.weight);
}
