// moving the tuple while a `ref` binding into it is live
fn main() {
    let pair = (String::from("l"), 1);
    let (ref l, _) = pair;
    let moved = pair;
    println!("{} {:?}", l, moved);
}
