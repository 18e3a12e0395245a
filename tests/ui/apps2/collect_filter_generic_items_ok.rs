// collecting a filter over `&'a [T]` (T generic) whose closure borrows a local: the result
// holds only the slice's items, not the closure's borrow
fn pick<'a, T, F: Fn(&T) -> bool>(items: &'a [T], pred: F) -> Vec<&'a T> {
    items.iter().filter(|x| pred(x)).collect()
}

fn equal_to<'a, T: PartialEq>(items: &'a [T], v: T) -> Vec<&'a T> {
    items.iter().filter(|x| **x == v).collect()
}

fn main() {
    let words = ["kiwi", "fig", "plum", "fig"];
    println!("{:?}", pick(&words, |w| w.len() == 4));
    println!("{:?}", equal_to(&words, "fig").len());
    let nums = vec![3, 1, 4, 1, 5];
    let big = pick(&nums, |&n| n > 2);
    println!("{:?}", big);
}
