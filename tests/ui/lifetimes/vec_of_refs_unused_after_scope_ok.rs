// lifetimes: a vector of references is not used after the referenced value dies
fn main() {
    let mut v: Vec<&String> = Vec::new();
    {
        let s = String::from("x");
        v.push(&s);
    }
}
