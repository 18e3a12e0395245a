struct Bag<'a> { items: &'a [i32] }
impl<'a> Bag<'a> {
    fn evens(&self) -> impl Iterator<Item = &'a i32> + '_ { self.items.iter().filter(|x| **x % 2 == 0) }
    fn all(&self) -> impl Iterator<Item = i32> + 'a { self.items.iter().copied() }
    fn count(&self) -> impl Fn() -> usize { let n = self.items.len(); move || n }
}
trait Source { fn values(&self) -> impl Iterator<Item = i32>; }
impl Source for Vec<i32> { fn values(&self) -> impl Iterator<Item = i32> { self.iter().copied() } }
fn gen<T: Clone>(x: &T) -> impl Fn() -> T + '_ { move || x.clone() }
fn main() {
    let v = vec![1, 2, 3, 4];
    let b = Bag { items: &v };
    println!("{:?} {:?} {}", b.evens().collect::<Vec<_>>(), b.all().sum::<i32>(), b.count()());
    println!("{}", v.values().sum::<i32>());
    println!("{}", gen(&5)());
}
