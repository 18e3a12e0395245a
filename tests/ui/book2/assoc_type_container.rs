// advanced traits: a trait with an associated type and const, generic functions over it, default type parameter
trait Container {
    type Item;
    const KIND: &'static str;
    fn items(&self) -> Vec<Self::Item>;
    fn first(&self) -> Option<Self::Item> {
        self.items().into_iter().next()
    }
}

struct Shelf {
    books: Vec<String>,
}

struct Range10;

impl Container for Shelf {
    type Item = String;
    const KIND: &'static str = "shelf";
    fn items(&self) -> Vec<String> {
        self.books.clone()
    }
}

impl Container for Range10 {
    type Item = u8;
    const KIND: &'static str = "range";
    fn items(&self) -> Vec<u8> {
        (0..10).collect()
    }
}

fn summary<C>(c: &C) -> String
where
    C: Container,
    C::Item: std::fmt::Debug,
{
    format!("{} with {} items, first {:?}", C::KIND, c.items().len(), c.first())
}

trait Scale<Rhs = Self> {
    type Output;
    fn scale(&self, by: Rhs) -> Self::Output;
}

#[derive(Debug)]
struct Size(u32);

impl Scale for Size {
    type Output = Size;
    fn scale(&self, by: Size) -> Size {
        Size(self.0 * by.0)
    }
}

impl Scale<f32> for Size {
    type Output = f32;
    fn scale(&self, by: f32) -> f32 {
        self.0 as f32 * by
    }
}

fn main() {
    let shelf = Shelf { books: vec!["Rust".into(), "C".into()] };
    println!("{}", summary(&shelf));
    println!("{}", summary(&Range10));
    let total: u32 = Range10.items().iter().map(|&x| x as u32).sum();
    println!("{total}");
    let s = Size(6);
    println!("{:?} {}", s.scale(Size(7)), s.scale(0.5));
}
