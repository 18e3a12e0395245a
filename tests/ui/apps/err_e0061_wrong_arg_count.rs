// rejected E0061: method called with one argument too few in a rectangle packing app
#[derive(Debug, Clone, Copy)]
struct Rect {
    x: i32,
    y: i32,
    w: i32,
    h: i32,
}

impl Rect {
    fn new(x: i32, y: i32, w: i32, h: i32) -> Rect {
        Rect { x, y, w, h }
    }

    fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }

    fn area(&self) -> i32 {
        self.w * self.h
    }
}

fn place(placed: &mut Vec<Rect>, candidate: Rect) -> bool {
    if placed.iter().any(|p| p.overlaps(&candidate)) {
        false
    } else {
        placed.push(candidate);
        true
    }
}

fn main() {
    let mut placed = Vec::new();
    let wanted = [
        Rect::new(0, 0, 4, 4),
        Rect::new(2, 2, 3, 3),
        Rect::new(5, 0, 2, 6),
        Rect::new(0, 5, 3),
    ];
    for r in wanted.iter() {
        let ok = place(&mut placed, *r);
        println!("{:?} placed: {}", r, ok);
    }
    let used: i32 = placed.iter().map(|r| r.area()).sum();
    println!("used area {}", used);
}
