// lifetimes: a closure given a higher-ranked `FnMut(&String)` stores its parameter in a captured Vec
fn call<F: FnMut(&String)>(mut f: F) { let s = String::from("t"); f(&s); }
fn main() {
    let mut saved: Vec<&String> = Vec::new();
    call(|x| saved.push(x));
    println!("{}", saved.len());
}
