// collections: departments as HashMap<String, Vec<String>> from text commands, sorted listing
use std::collections::HashMap;

fn apply(dir: &mut HashMap<String, Vec<String>>, cmd: &str) -> Result<(), String> {
    let words: Vec<&str> = cmd.split_whitespace().collect();
    match words.as_slice() {
        ["Add", name, "to", dept] => {
            dir.entry(dept.to_string()).or_default().push(name.to_string());
            Ok(())
        }
        ["Remove", name, "from", dept] => {
            let list = dir.get_mut(*dept).ok_or(format!("no department {dept}"))?;
            let before = list.len();
            list.retain(|n| n != name);
            if list.len() == before {
                return Err(format!("{name} not in {dept}"));
            }
            Ok(())
        }
        _ => Err(format!("cannot parse {cmd:?}")),
    }
}

fn main() {
    let mut dir: HashMap<String, Vec<String>> = HashMap::new();
    let cmds = [
        "Add Sally to Engineering",
        "Add Amir to Sales",
        "Add Bea to Engineering",
        "Remove Zed from Sales",
        "Remove Amir from Sales",
        "Fire everyone",
        "Remove Bea from Legal",
    ];
    for c in cmds {
        if let Err(e) = apply(&mut dir, c) {
            println!("error: {e}");
        }
    }
    let mut depts: Vec<&String> = dir.keys().collect();
    depts.sort();
    for d in depts {
        let mut people = dir[d].clone();
        people.sort();
        println!("{d}: {}", people.join(", "));
    }
}
