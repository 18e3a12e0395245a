// ownership: moving a String out of an array by indexing
fn main() {
    let words = [String::from("x"), String::from("y")];
    let i = 1;
    let w = words[i];
    println!("{}", w);
}
