// lifetimes: retain's closure (higher-ranked `&T`) stores its parameter in a captured Vec
fn main() {
    let mut v = vec![String::from("x"), String::from("y")];
    let mut seen: Vec<&String> = Vec::new();
    v.retain(|s| { seen.push(s); true });
    println!("{}", seen.len());
}
