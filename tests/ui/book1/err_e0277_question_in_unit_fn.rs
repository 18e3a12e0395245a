// errors: using ? inside a function that returns ()
use std::collections::HashMap;

fn load(map: &mut HashMap<String, i32>, line: &str) {
    let n: i32 = line.trim().parse()?;
    map.insert(line.to_string(), n);
}

fn main() {
    let mut m = HashMap::new();
    load(&mut m, "5");
    println!("{}", m.len());
}
