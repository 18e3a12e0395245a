// into_iter on an array by value moves the elements
fn main() {
    let arr = [String::from("a"), String::from("b")];
    for s in arr {
        println!("{}", s);
    }
    let nested = [[String::from("x")], [String::from("y")]];
    let [[x], [y]] = nested;
    println!("{}{}", x, y);
}
