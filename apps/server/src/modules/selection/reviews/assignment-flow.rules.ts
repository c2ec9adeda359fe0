/**
 * A minimum-cost flow network solved by successive shortest paths (Dijkstra with node potentials), the
 * engine of review assignment. Costs must be non-negative integers; each augmentation follows the cheapest
 * path, so after every step the flow is the cheapest of its size. Deterministic: ties go to lower node numbers.
 */
export class FlowNetwork {
  private readonly target: number[] = [];
  private readonly residual: number[] = [];
  private readonly capacity: number[] = [];
  private readonly cost: number[] = [];
  private readonly outgoing: number[][];

  constructor(readonly nodeCount: number) {
    this.outgoing = Array.from({ length: nodeCount }, () => []);
  }

  /** Adds an edge and returns its number, for `flowOn`. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    const edge = this.target.length;
    this.push(from, to, capacity, cost);
    this.push(to, from, 0, -cost);
    return edge;
  }

  flowOn(edge: number): number {
    return this.capacity[edge]! - this.residual[edge]!;
  }

  /** Sends up to `limit` units from source to sink at least cost; returns the units sent. */
  minCostFlow(source: number, sink: number, limit: number): number {
    const potential = new Array<number>(this.nodeCount).fill(0);
    let sent = 0;
    while (sent < limit) {
      const path = this.cheapestPath(source, sink, potential);
      if (!path) break;
      let units = limit - sent;
      for (let node = sink; node !== source; node = this.target[path.via[node]! ^ 1]!) {
        units = Math.min(units, this.residual[path.via[node]!]!);
      }
      for (let node = sink; node !== source; node = this.target[path.via[node]! ^ 1]!) {
        this.residual[path.via[node]!]! -= units;
        this.residual[path.via[node]! ^ 1]! += units;
      }
      sent += units;
      // Nodes settled after the sink keep reduced costs non-negative when capped at the sink's distance.
      const toSink = path.distance[sink]!;
      for (let node = 0; node < this.nodeCount; node++) potential[node]! += Math.min(path.distance[node]!, toSink);
    }
    return sent;
  }

  private push(from: number, to: number, capacity: number, cost: number): void {
    this.outgoing[from]!.push(this.target.length);
    this.target.push(to);
    this.residual.push(capacity);
    this.capacity.push(capacity);
    this.cost.push(cost);
  }

  /** Dijkstra on reduced costs with a binary heap, stopping once the sink is settled. */
  private cheapestPath(source: number, sink: number, potential: number[]) {
    const distance = new Float64Array(this.nodeCount).fill(Infinity);
    const via = new Int32Array(this.nodeCount).fill(-1);
    const settled = new Uint8Array(this.nodeCount);
    const queue = new MinQueue();
    distance[source] = 0;
    queue.push(0, source);
    while (queue.size > 0) {
      const reached = queue.topPriority;
      const node = queue.pop();
      if (settled[node] || reached > distance[node]!) continue;
      settled[node] = 1;
      if (node === sink) break;
      for (const edge of this.outgoing[node]!) {
        if (this.residual[edge]! <= 0) continue;
        const next = this.target[edge]!;
        const candidate = reached + this.cost[edge]! + potential[node]! - potential[next]!;
        if (candidate < distance[next]!) {
          distance[next] = candidate;
          via[next] = edge;
          queue.push(candidate, next);
        }
      }
    }
    return settled[sink] ? { distance, via } : null;
  }
}

/** A binary min-heap of (priority, node); ties go to the lower node number, for determinism. */
class MinQueue {
  private readonly priorities: number[] = [];
  private readonly nodes: number[] = [];

  get size(): number {
    return this.nodes.length;
  }

  push(priority: number, node: number): void {
    this.priorities.push(priority);
    this.nodes.push(node);
    let index = this.nodes.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.before(index, parent)) break;
      this.swap(index, parent);
      index = parent;
    }
  }

  get topPriority(): number {
    return this.priorities[0]!;
  }

  /** Removes and returns the node with the lowest priority. */
  pop(): number {
    const top = this.nodes[0]!;
    const lastPriority = this.priorities.pop()!;
    const lastNode = this.nodes.pop()!;
    if (this.nodes.length > 0) {
      this.priorities[0] = lastPriority;
      this.nodes[0] = lastNode;
      let index = 0;
      for (;;) {
        const left = index * 2 + 1;
        const right = left + 1;
        let smallest = index;
        if (left < this.nodes.length && this.before(left, smallest)) smallest = left;
        if (right < this.nodes.length && this.before(right, smallest)) smallest = right;
        if (smallest === index) break;
        this.swap(index, smallest);
        index = smallest;
      }
    }
    return top;
  }

  private before(a: number, b: number): boolean {
    return this.priorities[a]! < this.priorities[b]! || (this.priorities[a] === this.priorities[b] && this.nodes[a]! < this.nodes[b]!);
  }

  private swap(a: number, b: number): void {
    [this.priorities[a], this.priorities[b]] = [this.priorities[b]!, this.priorities[a]!];
    [this.nodes[a], this.nodes[b]] = [this.nodes[b]!, this.nodes[a]!];
  }
}
