// regions: `let mut x: &'static str = ""` then `x = &local`: the annotation requires 'static
fn main() {
    let s = String::from("hi");
    let mut x: &'static str = "";
    if s.len() > 1 {
        x = &s;
    }
    println!("{}", x);
}
