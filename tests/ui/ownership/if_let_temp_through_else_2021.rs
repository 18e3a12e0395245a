// Edition 2021: the temporaries of an `if let` scrutinee live through the else-branch,
// so a guard object borrowed there still holds its `&mut` when `else` runs.
struct Cursor<'a> { items: &'a mut Vec<u32> }

impl Drop for Cursor<'_> {
    fn drop(&mut self) {}
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u32> { self.items.last().copied() }
}

fn main() {
    let mut items = vec![3];
    if let Some(top) = (Cursor { items: &mut items }).peek() {
        println!("top {top}");
    } else {
        items.push(1);
    }
    if (Cursor { items: &mut items }).peek().is_none() {
        items.push(2);
    } else {
        items.clear();
    }
    println!("{items:?}");
}
