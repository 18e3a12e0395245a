// lifetimes: sort_by, map to field references, max_by_key: closures returning references into the Vec
struct P { name: String, age: u32 }
fn main() {
    let mut v = vec![P { name: "b".into(), age: 3 }, P { name: "a".into(), age: 1 }];
    v.sort_by(|a, b| a.name.cmp(&b.name));
    let names: Vec<&String> = v.iter().map(|p| &p.name).collect();
    println!("{:?}", names);
    let oldest = v.iter().max_by_key(|p| p.age).map(|p| p.name.as_str());
    println!("{:?}", oldest);
}
