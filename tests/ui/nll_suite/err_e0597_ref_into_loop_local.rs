// storing references to loop-body locals into an outer Vec
fn main() {
    let mut refs: Vec<&String> = Vec::new();
    for i in 0..2 {
        let s = i.to_string();
        refs.push(&s);
    }
    println!("{:?}", refs);
}
