// rejected E0597: storing a reference to a loop-local String in a cache that outlives the loop
use std::collections::HashMap;

fn render(template: &str, name: &str) -> String {
    template.replace("{name}", name)
}

fn main() {
    let templates = ["Hi {name}!", "Bye {name}.", "{name}, welcome back"];
    let users = ["ana", "raj"];
    let mut cache: HashMap<(usize, &str), &str> = HashMap::new();
    for (ti, t) in templates.iter().enumerate() {
        for u in users.iter() {
            let rendered = render(t, u);
            if rendered.len() > 8 {
                cache.insert((ti, *u), &rendered);
            }
        }
    }
    let mut keys: Vec<_> = cache.keys().collect();
    keys.sort();
    for k in keys {
        println!("{:?} -> {}", k, cache[k]);
    }
    println!("{} cached", cache.len());
    let longest = cache.values().map(|s| s.len()).max().unwrap_or(0);
    println!("longest rendering {} chars", longest);
    let for_ana = cache.keys().filter(|(_, u)| *u == "ana").count();
    println!("{} renderings for ana", for_ana);
}
