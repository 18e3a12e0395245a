// regions: a find predicate borrowing a local key while the chain returns slices of the parameter
fn lookup<'a>(text: &'a str, wanted: &str) -> Option<&'a str> {
    let key = wanted.trim().to_string();
    let hit = text.lines().filter_map(|l| l.split_once(':')).find(|(k, _)| k.trim() == key);
    hit.map(|(_, v)| v.trim())
}

fn main() {
    println!("{:?} {:?}", lookup("x: 1\ny: 2", " y "), lookup("x: 1", "z"));
}
