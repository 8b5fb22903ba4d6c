import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * NetworkChaos is the Schema for the networkchaos API
 *
 * @schema NetworkChaos
 */
export declare class NetworkChaos extends ApiObject {
    /**
     * Returns the apiVersion and kind for "NetworkChaos"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "NetworkChaos".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: NetworkChaosProps): any;
    /**
     * Defines a "NetworkChaos" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: NetworkChaosProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * NetworkChaos is the Schema for the networkchaos API
 *
 * @schema NetworkChaos
 */
export interface NetworkChaosProps {
    /**
     * @schema NetworkChaos#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines the behavior of a pod chaos experiment
     *
     * @schema NetworkChaos#spec
     */
    readonly spec: NetworkChaosSpec;
}
/**
 * Converts an object of type 'NetworkChaosProps' to JSON representation.
 */
export declare function toJson_NetworkChaosProps(obj: NetworkChaosProps | undefined): Record<string, any> | undefined;
/**
 * Spec defines the behavior of a pod chaos experiment
 *
 * @schema NetworkChaosSpec
 */
export interface NetworkChaosSpec {
    /**
     * Action defines the specific network chaos action.
     * Supported action: partition, netem, delay, loss, duplicate, corrupt
     * Default action: delay
     *
     * @schema NetworkChaosSpec#action
     */
    readonly action: NetworkChaosSpecAction;
    /**
     * Bandwidth represents the detail about bandwidth control action
     *
     * @schema NetworkChaosSpec#bandwidth
     */
    readonly bandwidth?: NetworkChaosSpecBandwidth;
    /**
     * Corrupt represents the detail about corrupt action
     *
     * @schema NetworkChaosSpec#corrupt
     */
    readonly corrupt?: NetworkChaosSpecCorrupt;
    /**
     * Delay represents the detail about delay action
     *
     * @schema NetworkChaosSpec#delay
     */
    readonly delay?: NetworkChaosSpecDelay;
    /**
     * Device represents the network device to be affected.
     *
     * @schema NetworkChaosSpec#device
     */
    readonly device?: string;
    /**
     * Direction represents the direction, this applies on netem and network partition action
     *
     * @schema NetworkChaosSpec#direction
     */
    readonly direction?: NetworkChaosSpecDirection;
    /**
     * DuplicateSpec represents the detail about loss action
     *
     * @schema NetworkChaosSpec#duplicate
     */
    readonly duplicate?: NetworkChaosSpecDuplicate;
    /**
     * Duration represents the duration of the chaos action
     *
     * @schema NetworkChaosSpec#duration
     */
    readonly duration?: string;
    /**
     * ExternalTargets represents network targets outside k8s
     *
     * @schema NetworkChaosSpec#externalTargets
     */
    readonly externalTargets?: string[];
    /**
     * Loss represents the detail about loss action
     *
     * @schema NetworkChaosSpec#loss
     */
    readonly loss?: NetworkChaosSpecLoss;
    /**
     * Mode defines the mode to run chaos action.
     * Supported mode: one / all / fixed / fixed-percent / random-max-percent
     *
     * @schema NetworkChaosSpec#mode
     */
    readonly mode: NetworkChaosSpecMode;
    /**
     * Rate represents the detail about rate control action
     *
     * @schema NetworkChaosSpec#rate
     */
    readonly rate?: NetworkChaosSpecRate;
    /**
     * RemoteCluster represents the remote cluster where the chaos will be deployed
     *
     * @schema NetworkChaosSpec#remoteCluster
     */
    readonly remoteCluster?: string;
    /**
     * Selector is used to select pods that are used to inject chaos action.
     *
     * @schema NetworkChaosSpec#selector
     */
    readonly selector: NetworkChaosSpecSelector;
    /**
     * Target represents network target, this applies on netem and network partition action
     *
     * @schema NetworkChaosSpec#target
     */
    readonly target?: NetworkChaosSpecTarget;
    /**
     * TargetDevice represents the network device to be affected in target scope.
     *
     * @schema NetworkChaosSpec#targetDevice
     */
    readonly targetDevice?: string;
    /**
     * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
     * If `FixedMode`, provide an integer of pods to do chaos action.
     * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
     * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
     *
     * @schema NetworkChaosSpec#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'NetworkChaosSpec' to JSON representation.
 */
export declare function toJson_NetworkChaosSpec(obj: NetworkChaosSpec | undefined): Record<string, any> | undefined;
/**
 * Action defines the specific network chaos action.
 * Supported action: partition, netem, delay, loss, duplicate, corrupt
 * Default action: delay
 *
 * @schema NetworkChaosSpecAction
 */
export declare enum NetworkChaosSpecAction {
    /** netem */
    NETEM = "netem",
    /** delay */
    DELAY = "delay",
    /** loss */
    LOSS = "loss",
    /** duplicate */
    DUPLICATE = "duplicate",
    /** corrupt */
    CORRUPT = "corrupt",
    /** partition */
    PARTITION = "partition",
    /** bandwidth */
    BANDWIDTH = "bandwidth"
}
/**
 * Bandwidth represents the detail about bandwidth control action
 *
 * @schema NetworkChaosSpecBandwidth
 */
export interface NetworkChaosSpecBandwidth {
    /**
     * Buffer is the maximum amount of bytes that tokens can be available for instantaneously.
     *
     * @schema NetworkChaosSpecBandwidth#buffer
     */
    readonly buffer: number;
    /**
     * Limit is the number of bytes that can be queued waiting for tokens to become available.
     *
     * @schema NetworkChaosSpecBandwidth#limit
     */
    readonly limit: number;
    /**
     * Minburst specifies the size of the peakrate bucket. For perfect
     * accuracy, should be set to the MTU of the interface.  If a
     * peakrate is needed, but some burstiness is acceptable, this
     * size can be raised. A 3000 byte minburst allows around 3mbit/s
     * of peakrate, given 1000 byte packets.
     *
     * @schema NetworkChaosSpecBandwidth#minburst
     */
    readonly minburst?: number;
    /**
     * Peakrate is the maximum depletion rate of the bucket.
     * The peakrate does not need to be set, it is only necessary
     * if perfect millisecond timescale shaping is required.
     *
     * @schema NetworkChaosSpecBandwidth#peakrate
     */
    readonly peakrate?: number;
    /**
     * Rate is the speed knob. Allows bit, kbit, mbit, gbit, tbit, bps, kbps, mbps, gbps, tbps unit. bps means bytes per second.
     *
     * @schema NetworkChaosSpecBandwidth#rate
     */
    readonly rate: string;
}
/**
 * Converts an object of type 'NetworkChaosSpecBandwidth' to JSON representation.
 */
export declare function toJson_NetworkChaosSpecBandwidth(obj: NetworkChaosSpecBandwidth | undefined): Record<string, any> | undefined;
/**
 * Corrupt represents the detail about corrupt action
 *
 * @schema NetworkChaosSpecCorrupt
 */
export interface NetworkChaosSpecCorrupt {
    /**
     * @schema NetworkChaosSpecCorrupt#correlation
     */
    readonly correlation?: string;
    /**
     * @schema NetworkChaosSpecCorrupt#corrupt
     */
    readonly corrupt: string;
}
/**
 * Converts an object of type 'NetworkChaosSpecCorrupt' to JSON representation.
 */
export declare function toJson_NetworkChaosSpecCorrupt(obj: NetworkChaosSpecCorrupt | undefined): Record<string, any> | undefined;
/**
 * Delay represents the detail about delay action
 *
 * @schema NetworkChaosSpecDelay
 */
export interface NetworkChaosSpecDelay {
    /**
     * @schema NetworkChaosSpecDelay#correlation
     */
    readonly correlation?: string;
    /**
     * @schema NetworkChaosSpecDelay#jitter
     */
    readonly jitter?: string;
    /**
     * @schema NetworkChaosSpecDelay#latency
     */
    readonly latency: string;
    /**
     * ReorderSpec defines details of packet reorder.
     *
     * @schema NetworkChaosSpecDelay#reorder
     */
    readonly reorder?: NetworkChaosSpecDelayReorder;
}
/**
 * Converts an object of type 'NetworkChaosSpecDelay' to JSON representation.
 */
export declare function toJson_NetworkChaosSpecDelay(obj: NetworkChaosSpecDelay | undefined): Record<string, any> | undefined;
/**
 * Direction represents the direction, this applies on netem and network partition action
 *
 * @schema NetworkChaosSpecDirection
 */
export declare enum NetworkChaosSpecDirection {
    /** to */
    TO = "to",
    /** from */
    FROM = "from",
    /** both */
    BOTH = "both"
}
/**
 * DuplicateSpec represents the detail about loss action
 *
 * @schema NetworkChaosSpecDuplicate
 */
export interface NetworkChaosSpecDuplicate {
    /**
     * @schema NetworkChaosSpecDuplicate#correlation
     */
    readonly correlation?: string;
    /**
     * @schema NetworkChaosSpecDuplicate#duplicate
     */
    readonly duplicate: string;
}
/**
 * Converts an object of type 'NetworkChaosSpecDuplicate' to JSON representation.
 */
export declare function toJson_NetworkChaosSpecDuplicate(obj: NetworkChaosSpecDuplicate | undefined): Record<string, any> | undefined;
/**
 * Loss represents the detail about loss action
 *
 * @schema NetworkChaosSpecLoss
 */
export interface NetworkChaosSpecLoss {
    /**
     * @schema NetworkChaosSpecLoss#correlation
     */
    readonly correlation?: string;
    /**
     * @schema NetworkChaosSpecLoss#loss
     */
    readonly loss: string;
}
/**
 * Converts an object of type 'NetworkChaosSpecLoss' to JSON representation.
 */
export declare function toJson_NetworkChaosSpecLoss(obj: NetworkChaosSpecLoss | undefined): Record<string, any> | undefined;
/**
 * Mode defines the mode to run chaos action.
 * Supported mode: one / all / fixed / fixed-percent / random-max-percent
 *
 * @schema NetworkChaosSpecMode
 */
export declare enum NetworkChaosSpecMode {
    /** one */
    ONE = "one",
    /** all */
    ALL = "all",
    /** fixed */
    FIXED = "fixed",
    /** fixed-percent */
    FIXED_HYPHEN_PERCENT = "fixed-percent",
    /** random-max-percent */
    RANDOM_HYPHEN_MAX_HYPHEN_PERCENT = "random-max-percent"
}
/**
 * Rate represents the detail about rate control action
 *
 * @schema NetworkChaosSpecRate
 */
export interface NetworkChaosSpecRate {
    /**
     * Rate is the speed knob. Allows bit, kbit, mbit, gbit, tbit, bps, kbps, mbps, gbps, tbps unit. bps means bytes per second.
     *
     * @schema NetworkChaosSpecRate#rate
     */
    readonly rate: string;
}
/**
 * Converts an object of type 'NetworkChaosSpecRate' to JSON representation.
 */
export declare function toJson_NetworkChaosSpecRate(obj: NetworkChaosSpecRate | undefined): Record<string, any> | undefined;
/**
 * Selector is used to select pods that are used to inject chaos action.
 *
 * @schema NetworkChaosSpecSelector
 */
export interface NetworkChaosSpecSelector {
    /**
     * Map of string keys and values that can be used to select objects.
     * A selector based on annotations.
     *
     * @schema NetworkChaosSpecSelector#annotationSelectors
     */
    readonly annotationSelectors?: {
        [key: string]: string;
    };
    /**
     * a slice of label selector expressions that can be used to select objects.
     * A list of selectors based on set-based label expressions.
     *
     * @schema NetworkChaosSpecSelector#expressionSelectors
     */
    readonly expressionSelectors?: NetworkChaosSpecSelectorExpressionSelectors[];
    /**
     * Map of string keys and values that can be used to select objects.
     * A selector based on fields.
     *
     * @schema NetworkChaosSpecSelector#fieldSelectors
     */
    readonly fieldSelectors?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to select objects.
     * A selector based on labels.
     *
     * @schema NetworkChaosSpecSelector#labelSelectors
     */
    readonly labelSelectors?: {
        [key: string]: string;
    };
    /**
     * Namespaces is a set of namespace to which objects belong.
     *
     * @schema NetworkChaosSpecSelector#namespaces
     */
    readonly namespaces?: string[];
    /**
     * Map of string keys and values that can be used to select nodes.
     * Selector which must match a node's labels,
     * and objects must belong to these selected nodes.
     *
     * @schema NetworkChaosSpecSelector#nodeSelectors
     */
    readonly nodeSelectors?: {
        [key: string]: string;
    };
    /**
     * Nodes is a set of node name and objects must belong to these nodes.
     *
     * @schema NetworkChaosSpecSelector#nodes
     */
    readonly nodes?: string[];
    /**
     * PodPhaseSelectors is a set of condition of a pod at the current time.
     * supported value: Pending / Running / Succeeded / Failed / Unknown
     *
     * @schema NetworkChaosSpecSelector#podPhaseSelectors
     */
    readonly podPhaseSelectors?: string[];
    /**
     * Pods is a map of string keys and a set values that used to select pods.
     * The key defines the namespace which pods belong,
     * and the each values is a set of pod names.
     *
     * @schema NetworkChaosSpecSelector#pods
     */
    readonly pods?: {
        [key: string]: string[];
    };
}
/**
 * Converts an object of type 'NetworkChaosSpecSelector' to JSON representation.
 */
export declare function toJson_NetworkChaosSpecSelector(obj: NetworkChaosSpecSelector | undefined): Record<string, any> | undefined;
/**
 * Target represents network target, this applies on netem and network partition action
 *
 * @schema NetworkChaosSpecTarget
 */
export interface NetworkChaosSpecTarget {
    /**
     * Mode defines the mode to run chaos action.
     * Supported mode: one / all / fixed / fixed-percent / random-max-percent
     *
     * @schema NetworkChaosSpecTarget#mode
     */
    readonly mode: NetworkChaosSpecTargetMode;
    /**
     * Selector is used to select pods that are used to inject chaos action.
     *
     * @schema NetworkChaosSpecTarget#selector
     */
    readonly selector: NetworkChaosSpecTargetSelector;
    /**
     * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
     * If `FixedMode`, provide an integer of pods to do chaos action.
     * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
     * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
     *
     * @schema NetworkChaosSpecTarget#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'NetworkChaosSpecTarget' to JSON representation.
 */
export declare function toJson_NetworkChaosSpecTarget(obj: NetworkChaosSpecTarget | undefined): Record<string, any> | undefined;
/**
 * ReorderSpec defines details of packet reorder.
 *
 * @schema NetworkChaosSpecDelayReorder
 */
export interface NetworkChaosSpecDelayReorder {
    /**
     * @schema NetworkChaosSpecDelayReorder#correlation
     */
    readonly correlation?: string;
    /**
     * @schema NetworkChaosSpecDelayReorder#gap
     */
    readonly gap: number;
    /**
     * @schema NetworkChaosSpecDelayReorder#reorder
     */
    readonly reorder: string;
}
/**
 * Converts an object of type 'NetworkChaosSpecDelayReorder' to JSON representation.
 */
export declare function toJson_NetworkChaosSpecDelayReorder(obj: NetworkChaosSpecDelayReorder | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NetworkChaosSpecSelectorExpressionSelectors
 */
export interface NetworkChaosSpecSelectorExpressionSelectors {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NetworkChaosSpecSelectorExpressionSelectors#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NetworkChaosSpecSelectorExpressionSelectors#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NetworkChaosSpecSelectorExpressionSelectors#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NetworkChaosSpecSelectorExpressionSelectors' to JSON representation.
 */
export declare function toJson_NetworkChaosSpecSelectorExpressionSelectors(obj: NetworkChaosSpecSelectorExpressionSelectors | undefined): Record<string, any> | undefined;
/**
 * Mode defines the mode to run chaos action.
 * Supported mode: one / all / fixed / fixed-percent / random-max-percent
 *
 * @schema NetworkChaosSpecTargetMode
 */
export declare enum NetworkChaosSpecTargetMode {
    /** one */
    ONE = "one",
    /** all */
    ALL = "all",
    /** fixed */
    FIXED = "fixed",
    /** fixed-percent */
    FIXED_HYPHEN_PERCENT = "fixed-percent",
    /** random-max-percent */
    RANDOM_HYPHEN_MAX_HYPHEN_PERCENT = "random-max-percent"
}
/**
 * Selector is used to select pods that are used to inject chaos action.
 *
 * @schema NetworkChaosSpecTargetSelector
 */
export interface NetworkChaosSpecTargetSelector {
    /**
     * Map of string keys and values that can be used to select objects.
     * A selector based on annotations.
     *
     * @schema NetworkChaosSpecTargetSelector#annotationSelectors
     */
    readonly annotationSelectors?: {
        [key: string]: string;
    };
    /**
     * a slice of label selector expressions that can be used to select objects.
     * A list of selectors based on set-based label expressions.
     *
     * @schema NetworkChaosSpecTargetSelector#expressionSelectors
     */
    readonly expressionSelectors?: NetworkChaosSpecTargetSelectorExpressionSelectors[];
    /**
     * Map of string keys and values that can be used to select objects.
     * A selector based on fields.
     *
     * @schema NetworkChaosSpecTargetSelector#fieldSelectors
     */
    readonly fieldSelectors?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to select objects.
     * A selector based on labels.
     *
     * @schema NetworkChaosSpecTargetSelector#labelSelectors
     */
    readonly labelSelectors?: {
        [key: string]: string;
    };
    /**
     * Namespaces is a set of namespace to which objects belong.
     *
     * @schema NetworkChaosSpecTargetSelector#namespaces
     */
    readonly namespaces?: string[];
    /**
     * Map of string keys and values that can be used to select nodes.
     * Selector which must match a node's labels,
     * and objects must belong to these selected nodes.
     *
     * @schema NetworkChaosSpecTargetSelector#nodeSelectors
     */
    readonly nodeSelectors?: {
        [key: string]: string;
    };
    /**
     * Nodes is a set of node name and objects must belong to these nodes.
     *
     * @schema NetworkChaosSpecTargetSelector#nodes
     */
    readonly nodes?: string[];
    /**
     * PodPhaseSelectors is a set of condition of a pod at the current time.
     * supported value: Pending / Running / Succeeded / Failed / Unknown
     *
     * @schema NetworkChaosSpecTargetSelector#podPhaseSelectors
     */
    readonly podPhaseSelectors?: string[];
    /**
     * Pods is a map of string keys and a set values that used to select pods.
     * The key defines the namespace which pods belong,
     * and the each values is a set of pod names.
     *
     * @schema NetworkChaosSpecTargetSelector#pods
     */
    readonly pods?: {
        [key: string]: string[];
    };
}
/**
 * Converts an object of type 'NetworkChaosSpecTargetSelector' to JSON representation.
 */
export declare function toJson_NetworkChaosSpecTargetSelector(obj: NetworkChaosSpecTargetSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NetworkChaosSpecTargetSelectorExpressionSelectors
 */
export interface NetworkChaosSpecTargetSelectorExpressionSelectors {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NetworkChaosSpecTargetSelectorExpressionSelectors#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NetworkChaosSpecTargetSelectorExpressionSelectors#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NetworkChaosSpecTargetSelectorExpressionSelectors#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NetworkChaosSpecTargetSelectorExpressionSelectors' to JSON representation.
 */
export declare function toJson_NetworkChaosSpecTargetSelectorExpressionSelectors(obj: NetworkChaosSpecTargetSelectorExpressionSelectors | undefined): Record<string, any> | undefined;
/**
 * PodChaos is the control script`s spec.
 *
 * @schema PodChaos
 */
export declare class PodChaos extends ApiObject {
    /**
     * Returns the apiVersion and kind for "PodChaos"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "PodChaos".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: PodChaosProps): any;
    /**
     * Defines a "PodChaos" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: PodChaosProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * PodChaos is the control script`s spec.
 *
 * @schema PodChaos
 */
export interface PodChaosProps {
    /**
     * @schema PodChaos#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines the behavior of a pod chaos experiment
     *
     * @schema PodChaos#spec
     */
    readonly spec: PodChaosSpec;
}
/**
 * Converts an object of type 'PodChaosProps' to JSON representation.
 */
export declare function toJson_PodChaosProps(obj: PodChaosProps | undefined): Record<string, any> | undefined;
/**
 * Spec defines the behavior of a pod chaos experiment
 *
 * @schema PodChaosSpec
 */
export interface PodChaosSpec {
    /**
     * Action defines the specific pod chaos action.
     * Supported action: pod-kill / pod-failure / container-kill
     * Default action: pod-kill
     *
     * @schema PodChaosSpec#action
     */
    readonly action: PodChaosSpecAction;
    /**
     * ContainerNames indicates list of the name of affected container.
     * If not set, the first container will be injected
     *
     * @schema PodChaosSpec#containerNames
     */
    readonly containerNames?: string[];
    /**
     * Duration represents the duration of the chaos action.
     * It is required when the action is `PodFailureAction`.
     * A duration string is a possibly signed sequence of
     * decimal numbers, each with optional fraction and a unit suffix,
     * such as "300ms", "-1.5h" or "2h45m".
     * Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
     *
     * @schema PodChaosSpec#duration
     */
    readonly duration?: string;
    /**
     * GracePeriod is used in pod-kill action. It represents the duration in seconds before the pod should be deleted.
     * Value must be non-negative integer. The default value is zero that indicates delete immediately.
     *
     * @schema PodChaosSpec#gracePeriod
     */
    readonly gracePeriod?: number;
    /**
     * Mode defines the mode to run chaos action.
     * Supported mode: one / all / fixed / fixed-percent / random-max-percent
     *
     * @schema PodChaosSpec#mode
     */
    readonly mode: PodChaosSpecMode;
    /**
     * RemoteCluster represents the remote cluster where the chaos will be deployed
     *
     * @schema PodChaosSpec#remoteCluster
     */
    readonly remoteCluster?: string;
    /**
     * Selector is used to select pods that are used to inject chaos action.
     *
     * @schema PodChaosSpec#selector
     */
    readonly selector: PodChaosSpecSelector;
    /**
     * Value is required when the mode is set to `FixedMode` / `FixedPercentMode` / `RandomMaxPercentMode`.
     * If `FixedMode`, provide an integer of pods to do chaos action.
     * If `FixedPercentMode`, provide a number from 0-100 to specify the percent of pods the server can do chaos action.
     * IF `RandomMaxPercentMode`,  provide a number from 0-100 to specify the max percent of pods to do chaos action
     *
     * @schema PodChaosSpec#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'PodChaosSpec' to JSON representation.
 */
export declare function toJson_PodChaosSpec(obj: PodChaosSpec | undefined): Record<string, any> | undefined;
/**
 * Action defines the specific pod chaos action.
 * Supported action: pod-kill / pod-failure / container-kill
 * Default action: pod-kill
 *
 * @schema PodChaosSpecAction
 */
export declare enum PodChaosSpecAction {
    /** pod-kill */
    POD_HYPHEN_KILL = "pod-kill",
    /** pod-failure */
    POD_HYPHEN_FAILURE = "pod-failure",
    /** container-kill */
    CONTAINER_HYPHEN_KILL = "container-kill"
}
/**
 * Mode defines the mode to run chaos action.
 * Supported mode: one / all / fixed / fixed-percent / random-max-percent
 *
 * @schema PodChaosSpecMode
 */
export declare enum PodChaosSpecMode {
    /** one */
    ONE = "one",
    /** all */
    ALL = "all",
    /** fixed */
    FIXED = "fixed",
    /** fixed-percent */
    FIXED_HYPHEN_PERCENT = "fixed-percent",
    /** random-max-percent */
    RANDOM_HYPHEN_MAX_HYPHEN_PERCENT = "random-max-percent"
}
/**
 * Selector is used to select pods that are used to inject chaos action.
 *
 * @schema PodChaosSpecSelector
 */
export interface PodChaosSpecSelector {
    /**
     * Map of string keys and values that can be used to select objects.
     * A selector based on annotations.
     *
     * @schema PodChaosSpecSelector#annotationSelectors
     */
    readonly annotationSelectors?: {
        [key: string]: string;
    };
    /**
     * a slice of label selector expressions that can be used to select objects.
     * A list of selectors based on set-based label expressions.
     *
     * @schema PodChaosSpecSelector#expressionSelectors
     */
    readonly expressionSelectors?: PodChaosSpecSelectorExpressionSelectors[];
    /**
     * Map of string keys and values that can be used to select objects.
     * A selector based on fields.
     *
     * @schema PodChaosSpecSelector#fieldSelectors
     */
    readonly fieldSelectors?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to select objects.
     * A selector based on labels.
     *
     * @schema PodChaosSpecSelector#labelSelectors
     */
    readonly labelSelectors?: {
        [key: string]: string;
    };
    /**
     * Namespaces is a set of namespace to which objects belong.
     *
     * @schema PodChaosSpecSelector#namespaces
     */
    readonly namespaces?: string[];
    /**
     * Map of string keys and values that can be used to select nodes.
     * Selector which must match a node's labels,
     * and objects must belong to these selected nodes.
     *
     * @schema PodChaosSpecSelector#nodeSelectors
     */
    readonly nodeSelectors?: {
        [key: string]: string;
    };
    /**
     * Nodes is a set of node name and objects must belong to these nodes.
     *
     * @schema PodChaosSpecSelector#nodes
     */
    readonly nodes?: string[];
    /**
     * PodPhaseSelectors is a set of condition of a pod at the current time.
     * supported value: Pending / Running / Succeeded / Failed / Unknown
     *
     * @schema PodChaosSpecSelector#podPhaseSelectors
     */
    readonly podPhaseSelectors?: string[];
    /**
     * Pods is a map of string keys and a set values that used to select pods.
     * The key defines the namespace which pods belong,
     * and the each values is a set of pod names.
     *
     * @schema PodChaosSpecSelector#pods
     */
    readonly pods?: {
        [key: string]: string[];
    };
}
/**
 * Converts an object of type 'PodChaosSpecSelector' to JSON representation.
 */
export declare function toJson_PodChaosSpecSelector(obj: PodChaosSpecSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PodChaosSpecSelectorExpressionSelectors
 */
export interface PodChaosSpecSelectorExpressionSelectors {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PodChaosSpecSelectorExpressionSelectors#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PodChaosSpecSelectorExpressionSelectors#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PodChaosSpecSelectorExpressionSelectors#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PodChaosSpecSelectorExpressionSelectors' to JSON representation.
 */
export declare function toJson_PodChaosSpecSelectorExpressionSelectors(obj: PodChaosSpecSelectorExpressionSelectors | undefined): Record<string, any> | undefined;
