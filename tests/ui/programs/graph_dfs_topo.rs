// an iterative depth-first topological sort of build tasks with cycle detection
use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq)]
enum Mark {
    New,
    Active,
    Done,
}

fn topo_order(deps: &HashMap<&str, Vec<&str>>) -> Result<Vec<String>, String> {
    let mut names: Vec<&str> = deps.keys().copied().collect();
    names.sort();
    let mut marks: HashMap<&str, Mark> = names.iter().map(|n| (*n, Mark::New)).collect();
    let mut order = Vec::new();
    for &root in &names {
        if marks[root] != Mark::New {
            continue;
        }
        let mut stack = vec![(root, 0usize)];
        marks.insert(root, Mark::Active);
        while let Some((node, i)) = stack.pop() {
            let children = &deps[node];
            if i < children.len() {
                stack.push((node, i + 1));
                let child = children[i];
                match marks.get(child).copied().unwrap_or(Mark::Done) {
                    Mark::New => {
                        marks.insert(child, Mark::Active);
                        stack.push((child, 0));
                    }
                    Mark::Active => return Err(format!("cycle through {}", child)),
                    Mark::Done => {}
                }
            } else {
                marks.insert(node, Mark::Done);
                order.push(node.to_string());
            }
        }
    }
    Ok(order)
}

fn main() {
    let mut deps: HashMap<&str, Vec<&str>> = HashMap::new();
    deps.insert("app", vec!["net", "ui"]);
    deps.insert("ui", vec!["core"]);
    deps.insert("net", vec!["core", "tls"]);
    deps.insert("tls", vec!["core"]);
    deps.insert("core", vec![]);
    match topo_order(&deps) {
        Ok(order) => println!("build order: {}", order.join(" ")),
        Err(e) => println!("error: {}", e),
    }
    deps.insert("core", vec!["app"]);
    match topo_order(&deps) {
        Ok(order) => println!("build order: {}", order.join(" ")),
        Err(e) => println!("error: {}", e),
    }
}
