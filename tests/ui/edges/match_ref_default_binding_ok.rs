// matching on a reference binds by reference; `as_ref` / `ref` do the same for places
fn name(r: &Option<String>) -> String {
    match r {
        Some(s) => s.clone(),
        None => String::new(),
    }
}
fn main() {
    let o = Some(String::from("a"));
    if let Some(ref s) = o { println!("{}", s); }
    if let Some(s) = o.as_ref() { println!("{}", s); }
    println!("{} {:?}", name(&o), o);
}
