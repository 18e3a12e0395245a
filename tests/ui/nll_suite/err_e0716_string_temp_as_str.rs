// as_str of a temporary String assigned to an outer variable
fn main() {
    let mut name: &str = "x";
    for i in 0..2 {
        name = format!("n{}", i).as_str();
    }
    println!("{}", name);
}
