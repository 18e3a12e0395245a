// indexing an array of Strings by a variable cannot move
fn main() {
    let arr = [String::from("a"), String::from("b")];
    for i in 0..2 {
        let s = arr[i];
        println!("{}", s);
    }
}
